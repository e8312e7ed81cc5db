<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Audience</name>
    <message>
        <source>Responders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadenceCommands</name>
    <message>
        <source>Use: cadence set responders|executives|customers SEV1..SEV4 MINUTES (0 for no fixed cadence).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadenceService</name>
    <message>
        <source>An update interval is between 0 (no fixed cadence) and 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadenceStrip</name>
    <message>
        <source>%1: no updates due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no fixed cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: update overdue by %n min</source>
        <translation>
            <numerusform>%1: update overdue by %n min</numerusform>
            <numerusform>%1: update overdue by %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: next update in %2 (every %n min)</source>
        <translation>
            <numerusform>%1: next update in %2 (every %n min)</numerusform>
            <numerusform>%1: next update in %2 (every %n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelCommands</name>
    <message>
        <source>--kind must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audience must be responders, executives or customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret for the receiver (shown only now): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret: set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message delivered to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message not delivered (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message queued; %1 delivers it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>Test message queued (outbox message %1). Its delivery shows in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this secret into the receiving service now: it is not shown again once saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use during drills (drill updates are otherwise kept in the outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whsec_… (generic JSON only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS is required, except for addresses on this computer. The secret signs generic JSON events (Standard Webhooks) and is never shown, logged or exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelKind</name>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mattermost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Teams (Workflows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic JSON (CloudEvents, signed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelPicker</name>
    <message>
        <source>Disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelService</name>
    <message>
        <source>A channel needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Paste the webhook URL the service gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook addresses must use HTTPS (plain HTTP is allowed only for this computer, such as 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no channel named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the channel was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelStore</name>
    <message>
        <source>There is no channel %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>Missing arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Usage: icctl [--db FILE] [--json] [--lang ja|en] [--as NAME] COMMAND ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare an incident; prints its id and code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List incidents, open ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an incident to another status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry to an incident&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List an incident&apos;s timeline, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a webhook channel (HTTPS; plain HTTP only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List channels (secrets and URL tokens are never shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message to a channel now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a stakeholder update from a template (or your text) and deliver it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List outbox messages with their delivery state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver what is due; wait up to SECONDS for retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a failed or cancelled message again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a message that is not delivered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List message templates (bundled and your team&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a template with its placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a team template, or replace a bundled one (checked for unknown placeholders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a team template (a bundled one with that key comes back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the update cadence (minutes) per severity and audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how often an audience gets updates at a severity (0: none).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Choose one or more channels to see the update as each will show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n message(s) to the outbox.</source>
        <translation>
            <numerusform>Sent %n message to the outbox.</numerusform>
            <numerusform>Sent %n messages to the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept locally (drill).</source>
        <translation>
            <numerusform>%n kept locally (drill).</numerusform>
            <numerusform>%n kept locally (drill).</numerusform>
        </translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the draft with the template filled from the incident&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (placeholders such as {{status}} are filled in when sent):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, as each destination will show it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Incident Commander database, or it is damaged. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Incident Commander (schema %2; this version understands up to %3). Update the program; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database it copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclareDialog</name>
    <message>
        <source>At least one answer is yes: declare now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer is yes yet. Declaring early costs little; declare if in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is broken, as users see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If unsure, choose the higher severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is affected and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare when any one is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another team is needed to fix the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers see the outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still unsolved after an hour of concentrated analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a drill (kept apart from real incidents and channels)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryOutcome</name>
    <message>
        <source>No answer within the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered 410 Gone: the webhook was deleted. The channel was disabled; create a new webhook and update the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 and redirects to %2. Redirects are not followed for webhooks; put the final address into the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1: the webhook refused our credentials. Check the URL and the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1: no webhook at this address. Check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 and will not accept this message as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchLease</name>
    <message>
        <source>process %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s). Last: %1</source>
        <translation>
            <numerusform>Gave up after %n attempt. Last: %1</numerusform>
            <numerusform>Gave up after %n attempts. Last: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: the channel was disabled (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: webhook addresses must use HTTPS (HTTP only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryKind</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentCommands</name>
    <message>
        <source>--title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--severity is required (SEV1, SEV2, SEV3 or SEV4; if unsure, choose the higher).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown severity &quot;%1&quot;: use SEV1, SEV2, SEV3 or SEV4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use investigating, identified, monitoring, resolved or closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>%1 (drill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentListPanel</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare early: when a second team is needed, customers are affected, or an hour of concentrated analysis has not solved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show drills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>An incident needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary or impact text is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident declared: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident opened for investigation: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed incident cannot change its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity changed: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident has already been declared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentWorkspace</name>
    <message>
        <source>Select an incident on the left, or declare a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRILL — this is an exercise, not a real incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogCommands</name>
    <message>
        <source>Unknown entry kind &quot;%1&quot;. Known kinds: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time such as 2026-11-29T09:30:00+09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 already exists. Choose a new file name, or use Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Incident Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Incident Commander %1&lt;/h3&gt;&lt;p&gt;Command an incident the way the SRE book teaches: declare early, give every role an owner, hand off command explicitly, keep the incident document current and update stakeholders on time — and rehearse it all in offline drills.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Commander — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Incident Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLanguage</name>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese and English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Migration %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationService</name>
    <message>
        <source>There is no template &quot;%1&quot; in language &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template key uses lower-case letters, digits, &apos;-&apos; and &apos;_&apos; (at most 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template is written in ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update is too long (%1 characters; at most 30000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update to %1 via %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Drill: channels not marked for drills kept the update in the outbox.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message from Incident Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can read this, %1 can send incident updates here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifyCommands</name>
    <message>
        <source>retrying at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered: %1, failed: %2, still owed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not delivered yet; run &quot;icctl outbox flush&quot; again later.</source>
        <translation>
            <numerusform>%n message not delivered yet; run &quot;icctl outbox flush&quot; again later.</numerusform>
            <numerusform>%n messages not delivered yet; run &quot;icctl outbox flush&quot; again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one --channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audience must be responders, executives or customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be ja, en or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n message(s).</source>
        <translation>
            <numerusform>Queued %n message.</numerusform>
            <numerusform>Queued %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept in the outbox instead (drill; channel not marked for drills).</source>
        <translation>
            <numerusform>%n kept in the outbox instead (drill; channel not marked for drills).</numerusform>
            <numerusform>%n kept in the outbox instead (drill; channel not marked for drills).</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>--wait needs a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Incident Commander (%1) is delivering this outbox; the messages are queued and go out from there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Retrying at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <source>Choose at least one channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is disabled. Enable it in its settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: kept here instead of sending, because the channel is not marked &quot;use during drills&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is %2; that cannot be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed (drill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxStatusLabel</name>
    <message numerus="yes">
        <source>Outbox: %n undelivered</source>
        <translation>
            <numerusform>Outbox: %n undelivered</numerusform>
            <numerusform>Outbox: %n undelivered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>There is no outbox message %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Event id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see its full text and delivery history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueReminder</name>
    <message>
        <source>%1: the update to %2 is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not described yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not declared yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another team needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers affected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsolved after an hour:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewHtml</name>
    <message>
        <source>(no signing secret set: unsigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: this channel is not marked for drills. The update is kept in the outbox (local sink) and not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Incident Commander</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical: the service is down or data is at risk for many customers. All hands, executives informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major: a core feature is broken or badly degraded for a significant share of customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor: partial degradation with a workaround, or few customers affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low: no customer impact yet; a risk that needs coordinated attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlErrorText</name>
    <message>
        <source>The disk is full, so the change could not be saved. Free some space and try again; nothing already saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written (input/output error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or is not an Incident Commander database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateCommands</name>
    <message>
        <source>A template is written in one language: --lang ja or --lang en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audience must be responders, executives or customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as your team&apos;s template. The composer uses it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as team template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove team template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEngine</name>
    <message>
        <source>Unknown placeholder %1. Known placeholders: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? Enter saves the entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineService</name>
    <message>
        <source>A timeline entry needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>There is no timeline entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry was changed elsewhere in the meantime. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookSignature</name>
    <message>
        <source>The signing secret must be &quot;whsec_&quot; followed by base64 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
