<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ActivityLog</name>
        <message>
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>_Nothing recorded while holding the role._</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>## %1 (%2 – %3 UTC)

</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityLogDialog</name>
        <message>
            <source>Export activity log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown files (*.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 – %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity log (ICS-214)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holder / time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held / kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Markdown…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AdHocItemDialog</name>
        <message>
            <source>Add checklist item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What needs doing, by whom, by when? One language is enough; the other shows the same text until someone translates it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssignmentEnd</name>
        <message>
            <source>Released</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handed off</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Audience</name>
        <message>
            <source>Responders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Executives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>No data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BrainstormPanel</name>
        <message>
            <source>Brainstorm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1  %2 — %3 (%4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collect every hypothesis and idea first, without judging: wild ideas are welcome, quantity before quality, combine and improve. Confirm or rule them out later; each verdict is written on the timeline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A hypothesis or an idea (Enter adds it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmed (Ctrl+Shift+Y)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ruled out (Ctrl+Shift+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen (Ctrl+Shift+U)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BrainstormService</name>
        <message>
            <source>Hypothesis confirmed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hypothesis ruled out: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hypothesis reopened: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note is too long (at most %1 characters).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BrainstormStore</name>
        <message>
            <source>There is no idea %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Briefing</name>
        <message>
            <source>Situation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objectives:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current actions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current organisation:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BriefingDraft</name>
        <message>
            <source>%1 %2 — %3, %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find the cause and stop the customer impact; keep stakeholders updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply the fix or mitigation safely; keep stakeholders updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Watch that the mitigation holds; decide when to resolve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrap up: revert temporary changes, prepare the postmortem.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>- Open: %1 needs help. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no actions recorded yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nobody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>held by the IC</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CadenceCommands</name>
        <message>
            <source>Use: cadence set responders|executives|customers SEV1..SEV4 MINUTES (0 for no fixed cadence).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CadenceService</name>
        <message>
            <source>An update interval is between 0 (no fixed cadence) and 1440 minutes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CadenceStrip</name>
        <message>
            <source>%1: no updates due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no fixed cadence</source>
            <translation type="unfinished" />
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
        <name>ChangeCommands</name>
        <message>
            <source>reverted %1 by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in place</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangeDialog</name>
        <message>
            <source>Change made to production</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Disabled the nightly batch on db-2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Re-enable the cron entry in /etc/cron.d/batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was changed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who changed it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When (local time):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to revert:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangeFactSource</name>
        <message>
            <source>Changes to production: the incident's change log, each change at the time it was made; edits and reverts are not new changes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangeService</name>
        <message>
            <source>Say what was changed in production.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The description is too long (at most %1 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production change: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production change: %1
To revert: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This change was already reverted by %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production change reverted: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangeStore</name>
        <message>
            <source>There is no production change %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The change was edited elsewhere in the meantime. Reload and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangesWidget</name>
        <message>
            <source>Reverted %1 by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still in place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as reverted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Has this change been put back?

%1

How: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1 (%2): %3 — by %4 at %5 — revert: %6 — %7</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replaced %1 by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reverted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History of the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes made to production</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record change…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a change made to production (Ctrl+Shift+A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark reverted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reverted?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChannelCommands</name>
        <message>
            <source>--kind must be one of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--audience must be responders, executives or customers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing secret for the receiver (shown only now): %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>enabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>disabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>drills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>secret: set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>secret: none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test message queued; %1 delivers it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test message delivered to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test message not delivered (%1): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>separator between the flags of a channel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--secret and --no-secret, --enable and --disable, --drill and --no-drill exclude each other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--secret needs a value; use --no-secret to remove the secret.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChannelDialog</name>
        <message>
            <source>Test message queued (outbox message %1). Its delivery shows in the outbox.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy this secret into the receiving service now: it is not shown again once saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Webhook URL:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing secret:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audience:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use during drills (drill updates are otherwise kept in the outbox)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set — leave empty to keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>whsec_… (generic JSON only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTTPS is required, except for addresses on this computer. The secret signs generic JSON events (Standard Webhooks) and is never shown, logged or exported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChannelKind</name>
        <message>
            <source>Slack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mattermost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Microsoft Teams (Workflows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generic JSON (CloudEvents, signed)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChannelPicker</name>
        <message>
            <source>Disabled: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add channel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel settings…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChannelService</name>
        <message>
            <source>A channel needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The channel name is too long (at most %1 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a web address. Paste the webhook URL the service gave you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Webhook addresses must use HTTPS (plain HTTP is allowed only for this computer, such as 127.0.0.1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A channel named "%1" already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent: the channel was removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no channel named "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChannelStore</name>
        <message>
            <source>There is no channel %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistCommands</name>
        <message>
            <source>Unknown role "%1". Use one of %2, or custom:&lt;name&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>within %n min</source>
            <translation>
                <numerusform>within %n min</numerusform>
                <numerusform>within %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 by %2 at %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reason: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--reason is required: say why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--phase must be one of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--timebox needs a positive number of minutes.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s) added.</source>
            <translation>
                <numerusform>%n item added.</numerusform>
                <numerusform>%n items added.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecklistFactSource</name>
        <message>
            <source>Checklist: the incident's checklist items, done against all items (a skipped item is not done), and when the last one was ticked.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistFormat</name>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>within %1 of declaring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overdue since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done by %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped by %1, %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopened by %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due %1 after the incident is declared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue: this item is past its time box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added during the incident by %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done / skipped</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <source>Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 items done or skipped</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>All roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is this item reopened? (kept in the timeline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is this item skipped? (kept in the timeline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add item…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit templates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click an open item, or press Space, to mark it done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The incident is now %1, but its checklist was made for another severity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the missing steps</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistPhase</name>
        <message>
            <source>Declare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stabilise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Communicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the incident</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistService</name>
        <message>
            <source>"%1" is not a checklist item number; use the number shown by "checklist list".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the item is skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the item is reopened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reason is too long (%1 characters; at most %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1 is already %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist item %1 done: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist item %1 skipped: %2 — reason: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist item %1 reopened: %2 — reason: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A checklist item needs a text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The item text is too long (at most %1 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown role "%1". Use one of %2, or custom:&lt;name&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time box must be between 1 and %1 minutes, or none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist item %1 added: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist item %1 added for %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Checklist extended for %1 from the template "%2": %n item(s) added.</source>
            <translation>
                <numerusform>Checklist extended for %1 from the template "%2": %n item added.</numerusform>
                <numerusform>Checklist extended for %1 from the template "%2": %n items added.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecklistState</name>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistStore</name>
        <message>
            <source>There is no checklist item %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The checklist has no item %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident %1 has no checklist.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CliArgs</name>
        <message>
            <source>Missing arguments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many arguments: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CliParseMessages</name>
        <message>
            <source>"%1" is not an ISO 8601 time such as 2026-11-29T09:30:00+09:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown entry kind "%1". Known kinds: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown milestone "%1". Known milestones: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown role "%1". Known roles: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a number.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommandStrip</name>
        <message>
            <source>no contact on the roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;IC:&lt;/b&gt; %1 — reach: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;No Incident Commander.&lt;/b&gt; Take command on the Roles tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Next IC:&lt;/b&gt; %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Next IC:&lt;/b&gt; not named yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolved after %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declared just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declared %1 ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investigating for %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Usage: icctl [--db FILE] [--json] [--lang ja|en] [--as NAME] COMMAND ...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Option %1 needs a value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown language "%1"; use ja or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown command: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare an incident; prints its id and code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List incidents, open ones first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show one incident.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move an incident to another status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an entry to an incident's timeline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List an incident's timeline, newest first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a change made to production and how to revert it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the changes made to production during an incident.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct a recorded change; the earlier version is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark a production change as reverted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show every version of a recorded change, oldest first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the incident document's header (summary, status, exit criteria …).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set a field of the incident document; earlier text is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show every version of a field of the incident document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put a hypothesis or idea on the brainstorm board.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the brainstorm board.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm or rule out an idea (recorded on the timeline).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search an incident's timeline (Japanese and English, any part of a word).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit a timeline entry; the earlier version is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete a timeline entry (it stays in the history and can be restored).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a deleted timeline entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show every version of a timeline entry, oldest first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the bundled drill scenarios.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check a scenario file; says where and why it is wrong. Writes nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play a drill headless to its end and print the scores (--json: an object).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a drill's debrief (after-action report).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the drills a person took part in and the role they practised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a live drill on the real clock; prints the drill incident's code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show a drill's scenario clock and every inject with its state (game master).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fire an upcoming inject now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip an upcoming inject.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delay an upcoming inject.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a free-form inject, now or after some scenario minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change a drill's speed; "step" stops the clock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play the injects that have fallen due; prints how many.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to the next inject and play it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End a drill and freeze its scores.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the debrief's "what went well" and "what to improve".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a follow-up action item to an incident.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change a follow-up's title, owner, due date, type, priority or link.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List follow-ups of one incident or of all (CSV with --csv, tracker JSON with --json).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark a follow-up as done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set a follow-up's status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show incident metrics: counts, time to declare, first update, mitigate and resolve (median, p90), update cadence and follow-up completion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write an incident's document, customer report, postmortem or executive summary as Markdown, HTML or PDF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the editable wording of the customer report, postmortem and executive summary, or set one section before export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show an incident's checklist by phase, with owners, time boxes and overdue items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark a checklist item done (ITEM is its number in the list).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip a checklist item, saying why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen a done or skipped checklist item, saying why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an item to an incident's checklist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the checklist templates (one per severity, and the team's own).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a checklist template as JSON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a checklist template from JSON; a bad file changes nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After a severity change, add the steps of the new severity's template.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the update cadence (minutes) per severity and audience.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change how often an audience gets updates at a severity (0: none).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a webhook channel (HTTPS; plain HTTP only for this computer).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List channels (secrets and URL tokens are never shown).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove a channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send a test message to a channel now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send a stakeholder update from a template (or your text) and deliver it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List outbox messages with their delivery state.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deliver what is due; wait up to SECONDS for retries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue a failed or cancelled message again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel a message that is not delivered yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List message templates (bundled and your team's).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show a template with its placeholders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a team template, or replace a bundled one (checked for unknown placeholders).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove a team template (a bundled one with that key comes back).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show who is on call now, per rotation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create an on-call rotation (weekly unless --shift-hours is given).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let someone cover a rotation's primary (or secondary) for a while.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a person to the roster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the roster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import people from CSV (all rows or none).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the roster as CSV.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign a role (commander, operations, communications, planning, scribe, deputy, liaison, sme or a custom role) to a person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release a role; the Incident Commander holds it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand a role (command by default) over with an acknowledged briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the current role holders and the history of assignments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put an optional role on the incident's board.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a custom role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the roles and their duties.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag that a role needs more people (or clear the flag).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print a role's activity log (ICS-214).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledge the briefing of a handoff offered to you; command moves to you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw a handoff offer nobody has acknowledged yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a consistent copy of the database while it is in use (File → Back up database); never over the database itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change a channel; options not given keep their values (secrets are never shown).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalate or de-escalate an incident; the timeline records the change and the reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare an incident opened with --investigate-only (the answers given add to those already recorded).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a chat transcript (a file, or - for standard input) into an incident's timeline; a bad line imports nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop the team's version of a shipped template; its default applies again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete one of the team's own templates (not a shipped one).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show every saved version of the report wording, oldest first: when, by whom, which section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a version listed by report history its section's wording again; the restore is kept as a new version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a whole command. Its commands are:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComposerWidget</name>
        <message>
            <source>Choose one or more channels to see the update as each will show it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No channel</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill from template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit templates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the draft with the template filled from the incident's current state.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message (placeholders such as {{status}} are filled in when sent):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview, as each destination will show it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send update</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Csv</name>
        <message>
            <source>A quoted field is never closed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomRoleDialog</name>
        <message>
            <source>New custom role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key (for icctl):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name in English:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name in Japanese:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duty in English:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duty in Japanese:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. db-expert</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>%1 is a folder, not a database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file %1 cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not an Incident Commander database, or it is damaged. The file was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder %1 cannot be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 cannot be opened: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is an SQLite database of another program. The file was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was written by a newer version of Incident Commander (schema %2; this version understands up to %3). Update the program; the file was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A backup cannot overwrite the database it copies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be written to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a folder; give the name of the backup file to write.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder %1 does not exist; the backup was not written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be used where it is: the database keeps two working files beside it (-wal and -shm), and the folder %2 does not allow creating them. Open a copy in a folder you can write to, or fix the folder's permissions. The file was left untouched.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DebriefWindow</name>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export debrief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTML files (*.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown files (*.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drill debrief — DRILL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What went well:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to improve:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Declared within five minutes; roles were clear.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. The first customer update came late.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Markdown…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export HTML…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeclarationHelper</name>
        <message>
            <source>Detected %1 ago: the hour of concentrated analysis is up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detected %1 ago: %2 left of the first hour (until %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least one condition holds: declare the incident now. If unsure of the severity, pick the higher one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare as soon as any answer is yes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not declared yet. Should this be an incident? Declare if any answer is yes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is a second team needed to fix the problem?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is the outage visible to customers?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still unsolved after an hour of concentrated analysis?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeclareDialog</name>
        <message>
            <source>At least one answer is yes: declare now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer is yes yet. Declaring early costs little; declare if in doubt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare drill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is broken, as users see it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Severity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If unsure, choose the higher severity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer &amp;impact:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is affected and how</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ummary:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare when any one is true</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another team is needed to fix the problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers see the outage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still unsolved after an hour of concentrated analysis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a drill (kept apart from real incidents and channels)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeliveryOutcome</name>
        <message>
            <source>No answer within the time limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network error: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered 410 Gone: the webhook was deleted. The channel was disabled; create a new webhook and update the channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered %1 and redirects to %2. Redirects are not followed for webhooks; put the final address into the channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an unnamed address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered %1: the webhook refused our credentials. Check the URL and the secret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered %1: no webhook at this address. Check the URL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered %1 and will not accept this message as it is.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DispatchLease</name>
        <message>
            <source>process %1 on %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dispatcher</name>
        <message>
            <source>Not sent: webhook addresses must use HTTPS (HTTP only on this computer).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Gave up after %n attempt(s). Last: %1</source>
            <translation>
                <numerusform>Gave up after %n attempt. Last: %1</numerusform>
                <numerusform>Gave up after %n attempts. Last: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Not sent: the channel was disabled (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocField</name>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What we know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What we are doing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Command post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TODOs</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentCommands</name>
        <message>
            <source>Unknown document field "%1". Known fields: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give an idea number and open, confirmed or ruled_out.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentPanel</name>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last saved %1 by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2:
%3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No earlier versions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History of "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every earlier version of this field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What we know so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What we are doing about it, and who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat room, call bridge, dashboards (links)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When is this incident over?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One TODO a line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentService</name>
        <message>
            <source>"%1" is too long (%2 characters; at most %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a time such as 2026-11-29T10:30:00Z.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillActions</name>
        <message>
            <source>an action must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required field is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a list of 1 to 8 roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The script is too large or nested too deeply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The script is not valid JSON at byte %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: a script file holds one JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: times must not go backwards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the script %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown status "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown action "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is Incident Commander yet, so nobody can hold the other roles.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillCommands</name>
        <message>
            <source>%1 is a valid scenario: "%2", %3 injects over %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--speed needs a number above 0 and at most %1, or "max".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--drill-lang is ja or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--participants is a list such as Aiko:commander,Ken:operations; roles: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drill %1 started: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drill incident %1 ended. Total score: %2 of 100.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--format is md or html.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--report-lang is ja or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>running</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillDebrief</name>
        <message>
            <source>Incident Commander</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operations lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Communications lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planning lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scribe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deputy / next IC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Liaison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject-matter expert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Communication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▶ Inject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hypothesis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total: %1 of 100 (over the scores that could be measured)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not measured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>longest gap %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Injects and responses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenario time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From / by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped by the game master</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not triggered: the trainees' actions changed the course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not reached before the drill ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Injects not played</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DRILL — this is an exercise, not a real incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After-action report: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drill incident %1, started %2, game master %3. %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The drill is still running; scores are provisional.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ended %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No participants were recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role practised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not written yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What went well</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to improve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the scores were measured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times are scenario times after T+0, the start of the drill, whatever its speed. Time scores earn full points by their target and nothing at three times the target. A score marked "not measured" has no record to read yet and is left out of the total. Sources:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillFact</name>
        <message>
            <source>incident declared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>core roles covered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stakeholder update sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>handoff acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>change to production recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>impact mitigated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>incident resolved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillGameMasterCommands</name>
        <message>
            <source>--speed needs a number above 0 and at most %1, or "step".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--drill-lang is ja or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--participants is a list such as Aiko:commander,Ken:operations; roles: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MINUTES is a whole number above zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--kind is alert, message, metric or note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--in is a whole number of minutes, 0 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The speed is a number above 0 and at most %1, or "step".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillHistoryDialog</name>
        <message>
            <source>%1 of 100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drill history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drill incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role practised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillInjectModel</name>
        <message>
            <source>%1 (added)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (if %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (unless %2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillInjectState</name>
        <message>
            <source>upcoming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not triggered</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillMenu</name>
        <message>
            <source>Drills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No drill is running. Start one from Drills → Start a drill.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No drill has been run yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start a drill…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Game-master view…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Debrief…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drill &amp;history…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DRILL · scenario time T+%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1×</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused by the game master</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Drills</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillPlayer</name>
        <message>
            <source>The drill clock is stopped (step-by-step mode); a headless run needs a speed above zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scripted action %1 (%2) failed: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillRun</name>
        <message>
            <source>Metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Game master</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillScore</name>
        <message>
            <source>Time to declare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Core roles filled or held by the IC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First stakeholder update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update cadence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist completion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handoff briefed and acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes to production recorded</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillScorer</name>
        <message>
            <source>Not done during the drill (target %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done at %1 (target %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No stakeholder update was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 gaps between updates within %3; the longest was %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not measured: no checklist is recorded for this incident.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 items done (target %3 %).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not measured: handoffs are not recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefed at %1 and acknowledged at %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefed at %1 but never acknowledged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No handoff was recorded.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 change(s) recorded; %2 expected.</source>
            <translation>
                <numerusform>%1 change recorded; %2 expected.</numerusform>
                <numerusform>%1 changes recorded; %2 expected.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not measured: no change log is recorded for this incident.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillService</name>
        <message>
            <source>The drill speed must be between 0 (step by step) and %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every participant needs a name (at most 100 characters) and a role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scenario stored with drill %1 cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident %1 is not a drill started from a scenario.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The drill has ended; its injects can no longer change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The drill has no inject "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The inject "%1" is no longer upcoming (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A delay must be longer than zero and at most 24 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An inject needs a text of at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sender is too long (at most 40 characters) or the time is out of range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The debrief notes are too long (at most %1 characters each).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Game master</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillStartDialog</name>
        <message>
            <source>Open drill scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drill scenarios (*.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 · lasts %2 · %n inject(s) · services: %3</source>
            <translation>
                <numerusform>%1 · lasts %2 · %n inject · services: %3</numerusform>
                <numerusform>%1 · lasts %2 · %n injects · services: %3</numerusform>
            </translation>
        </message>
        <message>
            <source>Start a drill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenario:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1× (real time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2×</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5×</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step by step (the game master advances)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Injects in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Game master:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants and the role each practises:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A drill creates a DRILL incident, kept out of real metrics. Its notifications go only to channels marked for drills. Open the game-master view on a screen the trainees do not see.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start drill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrillStore</name>
        <message>
            <source>There is no drill %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The inject "%1" was handled elsewhere in the meantime.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drill %1 has already ended; its scores are kept as they were.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryComposer</name>
        <message>
            <source>Kind of the next entry (a prefix such as /d overrides it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your incident role, written with each entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened? Enter saves, Shift+Enter starts a new line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>/o observation · /a action · /d decision · /h hypothesis · /c communication · /m milestone · /detected /declared /mitigated /resolved · ! important</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryDetailPane</name>
        <message>
            <source>Edit links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark important</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unmark important</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make internal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an entry to see it in full, with its history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Occurred %3&lt;br&gt;Recorded %4 · revision %5%6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · &lt;b&gt;deleted&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision %1, replaced %2 by %3%4:
%5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (deleted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision %1 (current)%2:
%3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Links:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://… (separate with spaces; Enter saves)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milestone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Important (Ctrl+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public, for the customer report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryKind</name>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Communication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drill inject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hypothesis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status change</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryRole</name>
        <message>
            <source>Incident Commander</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scribe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Liaison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject-matter expert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operations lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Communications lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planning lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deputy / Next IC</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileRead</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is too large (more than %2 KB); nothing was read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileWrite</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <source>Detective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preventative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corrective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won't do</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpCommands</name>
        <message>
            <source>"%1" is not a date such as 2026-12-15.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown value "%1". Known values: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (overdue)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Edit follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tracker link:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What will be done, e.g. "Alert when the replica lags more than 30 s"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who owns it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://tracker.example.com/issues/42</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detective: find it sooner. Preventative: stop it happening. Corrective: fix what broke. Process: change how we work.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpList</name>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>%1 (overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tracker</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpService</name>
        <message>
            <source>A follow-up needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The follow-up title is too long (%1 characters; at most %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tracker link must be an http or https address, such as https://tracker.example.com/issues/42.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up added: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up edited: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpStore</name>
        <message>
            <source>There is no follow-up %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpsOverviewDialog</name>
        <message numerus="yes">
            <source>Exported %n follow-up(s) to %1</source>
            <translation>
                <numerusform>Exported %n follow-up to %1</numerusform>
                <numerusform>Exported %n follow-ups to %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Export follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups across incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include drills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export JSON…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpsPanel</name>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n open</numerusform>
                <numerusform>%n open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>Add follow-up…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GameMasterWindow</name>
        <message>
            <source>Scenario time T+%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>drill ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scenario over: end the drill and hold the debrief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an inject first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the drill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the drill now? Scores are frozen and upcoming injects are not played.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Game master — DRILL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GAME MASTER VIEW — do not show this screen to the trainees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1×</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2×</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5×</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step by step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next inject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the scenario clock to the next upcoming inject and play it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End drill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debrief…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fire now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delay by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an inject of your own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. executive, customer, Nagios</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the trainees receive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add inject</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoffAnnounceBox</name>
        <message>
            <source>Announce the handoff to channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sends the "Handoff notice" template with the briefing, through the outbox, in the same step that records the handoff.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoffAnnouncement</name>
        <message>
            <source>The handoff was not recorded, because its announcement could not be written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The handoff was not recorded, because its announcement could not be queued: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoffDialog</name>
        <message>
            <source>Hand off %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brief the incoming holder face to face or on the call, using the notes below. The handoff is recorded only once they acknowledge it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outgoing:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(nobody)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incoming:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose who takes over…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefing (ICS-201)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Situation: what is happening now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objectives: what we are trying to achieve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current actions: what is under way, by whom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current organisation: who holds which role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I, %1, have received this briefing and take over %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The incoming holder acknowledges the briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record handoff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer; they acknowledge later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For an incoming holder who is not at this screen: they read the briefing and acknowledge it in their own window or with icctl role ack.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoffOfferService</name>
        <message>
            <source>The briefing needs at least the situation: what is happening now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 offers %2 to %3; command changes when %3 acknowledges the briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No handoff of %1 is waiting for acknowledgement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only %1 can acknowledge this handoff: the briefing was given to them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has changed hands since the offer; ask for a new handoff.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The handoff of %1 to %2 was withdrawn.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoffOfferStore</name>
        <message>
            <source>This handoff offer was withdrawn or answered meanwhile; ask for a new handoff.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Restore this version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the selected version the current one. The restore is kept in the history as a new version.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IcLoop</name>
        <message>
            <source>Size up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is happening, what is the impact, who is working on what?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stabilise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the bleeding first: mitigate before looking for the root cause.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell responders and stakeholders where things stand, and when the next update comes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that the actions worked and that every task has an owner and a time box.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IcLoopWidget</name>
        <message>
            <source>Stakeholder update posted (IC loop reminder).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stakeholder update overdue: it was due at %1 (%2 ago).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next stakeholder update due at %1 (in %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IC loop:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update posted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdeaState</name>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ruled out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentCommands</name>
        <message>
            <source>--title is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--severity is required (SEV1, SEV2, SEV3 or SEV4; if unsure, choose the higher).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown severity "%1": use SEV1, SEV2, SEV3 or SEV4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mitigated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown status "%1": use investigating, identified, monitoring, resolved or closed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentListModel</name>
        <message>
            <source>%1 (drill)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentListPanel</name>
        <message>
            <source>Incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare incident…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare early: when a second team is needed, customers are affected, or an hour of concentrated analysis has not solved it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show drills</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentService</name>
        <message>
            <source>An incident needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The title is too long (%1 characters; at most %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The summary or impact text is too long (at most %1 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident declared: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident opened for investigation: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The incident is already %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A closed incident cannot change its status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status changed: %1 → %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity changed: %1 → %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The incident has already been declared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The incident has already been declared; its declaration answers are part of the record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declaration questions: second team needed — %1; customers affected — %2; unsolved after an hour of analysis — %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A closed incident cannot change its severity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 Reason: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentStatus</name>
        <message>
            <source>Investigating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monitoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentStore</name>
        <message>
            <source>There is no incident %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentWorkspace</name>
        <message>
            <source>DRILL — this is an exercise, not a real incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InjectKind</name>
        <message>
            <source>Alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InjectSender</name>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Executive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LocalizedText</name>
        <message>
            <source>en</source>
            <comment>language code of this translation</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LogCommands</name>
        <message>
            <source>--limit needs a positive number.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LogEditCommands</name>
        <message>
            <source>Entry %1 is now at revision %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry %1 deleted; "log restore %1" brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry %1 restored.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LogImportCommands</name>
        <message>
            <source>Unknown format "%1": the only format is auto (Slack, Mattermost, Typetalk and "HH:MM name: text" lines).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a date: write it as YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is larger than %2 MB; split the transcript.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 of %2: %3 Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 holds no chat messages to import.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entry(ies) added.</source>
            <translation>
                <numerusform>%n entry added.</numerusform>
                <numerusform>%n entries added.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>%1 already exists. Choose a new file name, or use Open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident databases (*.sqlite)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident databases (*.sqlite);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup written to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Incident Commander</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Incident Commander %1&lt;/h3&gt;&lt;p&gt;Command an incident the way the SRE book teaches: declare early, give every role an owner, hand off command explicitly, keep the incident document current and update stakeholders on time — and rehearse it all in offline drills.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident Commander</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident Commander — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Declare incident…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back up database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Incident Commander</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DRILL — %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageLanguage</name>
        <message>
            <source>Japanese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Japanese and English</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageTemplateCommands</name>
        <message>
            <source>A template is written in one language: --lang ja or --lang en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bundled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--audience must be responders, executives or customers.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MetricsCommands</name>
        <message>
            <source>"%1" is not a date such as 2026-11-01.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>median %1 min, p90 %2 min (%3 incidents)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--cadence needs a positive number of minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incidents: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to declare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to first update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to mitigate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to resolve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update cadence (every %1 min): %2 of gaps on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups: %1 done of %2 (%3 overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no data (0 incidents)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MetricsDialog</name>
        <message>
            <source>Export metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mitigate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolve</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n incident(s) in range.</source>
            <translation>
                <numerusform>%n incident in range.</numerusform>
                <numerusform>%n incidents in range.</numerusform>
            </translation>
        </message>
        <message>
            <source>Updates on time (every %1 min): %2 of %3 gaps (%4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups done: %1 of %2 (%3); %4 overdue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include drills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update every (min):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incidents by severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incidents by month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes from detection (declare: to declaration; first update: from declaration)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Median</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>90th percentile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export per incident…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One row per incident with its times, for your own analysis.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>Migration %1 is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upgrading the database to schema %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Milestone</name>
        <message>
            <source>Detected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mitigated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotificationService</name>
        <message>
            <source>There is no template "%1" in language "%2".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A template key uses lower-case letters, digits, '-' and '_' (at most 40).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A template is written in ja or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A template needs a body.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The update has no text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The update is too long (%1 characters; at most 30000).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose at least one channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update to %1 via %2:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(Drill: channels not marked for drills kept the update in the outbox.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test message from Incident Commander</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you can read this, %1 can send incident updates here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A template needs a title (the update's first line).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The template is too long (title at most 500 characters, body at most 20,000).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotificationsPanel</name>
        <message>
            <source>Notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compose update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outbox</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotifyCommands</name>
        <message>
            <source>retrying at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another Incident Commander (%1) is delivering this outbox; the messages are queued and go out from there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivered: %1, failed: %2, still owed: %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n message(s) not delivered yet; run "icctl outbox flush" again later.</source>
            <translation>
                <numerusform>%n message not delivered yet; run "icctl outbox flush" again later.</numerusform>
                <numerusform>%n messages not delivered yet; run "icctl outbox flush" again later.</numerusform>
            </translation>
        </message>
        <message>
            <source>Name at least one --channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--audience must be responders, executives or customers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--lang must be ja, en or both.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OnCallCommands</name>
        <message>
            <source>"%1" is not an ISO 8601 time such as 2026-11-29T09:00:00+09:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>primary: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>secondary: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No rotation yet. Create one with: icctl oncall rotation add NAME --members a,b,c</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--shift-hours needs a whole number of hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--person, --from and --to are required.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OnCallDialog</name>
        <message>
            <source>Weekly</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (override)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On-call rotations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is on call now. The role board suggests the primary of the rotation for a role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New rotation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Override…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Primary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secondary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift ends</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OnCallService</name>
        <message>
            <source>A rotation needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A shift lasts from 1 to %1 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A rotation needs at least one member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A rotation called "%1" already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An override needs a start and an end after it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no rotation called "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OnCallSlot</name>
        <message>
            <source>Primary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secondary</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <source>Retrying at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attempts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxService</name>
        <message>
            <source>Choose at least one channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The channel "%1" is disabled. Enable it in its settings first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drill: kept here instead of sending, because the channel is not marked "use during drills".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message %1 is %2; that cannot be changed now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled by the user.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxState</name>
        <message>
            <source>Queued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retrying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suppressed (drill)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <source>Event id: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a message to see its full text and delivery history.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverdueReminder</name>
        <message>
            <source>%1: the update to %2 is overdue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>%n more</numerusform>
                <numerusform>%n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updates are overdue: %1.</source>
            <translation>
                <numerusform>%n update is overdue: %1.</numerusform>
                <numerusform>%n updates are overdue: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewPanel</name>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer impact:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not described yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not written yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detected:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declared:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not declared yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mitigated:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolved:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another team needed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers affected:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsolved after an hour:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfToUnicodeFix</name>
        <message>
            <source>Cannot finish the PDF: correcting its text for copy and search failed (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a character map is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is not a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its cross-reference table cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it has been updated incrementally</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>object %1 is compressed in a way this program does not read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>object %1 is missing or damaged</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeopleCsv</name>
        <message>
            <source>Line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is empty: it needs a header row (name,handle,phone,email,team,languages,skills).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown column "%1"; known columns: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the header has no "name" column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 fields, but the header has %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the name is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the name is longer than %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the handle @%1 is also on line %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>%1 (on call)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skills</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonCommands</name>
        <message>
            <source>Nothing was imported:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 added, %2 updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the name once: person add NAME, or --name NAME.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonEditDialog</name>
        <message>
            <source>Edit person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat handle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Languages (ja; en):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skills (db; network):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. hanako (without @)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonPickerDialog</name>
        <message>
            <source>Assign %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who takes %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by name, handle, team or skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On call now: %1 (suggested)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is on call for this role; pick someone from the roster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonService</name>
        <message>
            <source>A person needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name is too long (at most %1 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The handle "%1" is not valid: no spaces, at most %2 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The handle @%1 already belongs to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name a person: their id, @handle or name.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n people are called "%1"; use their @handle or id instead.</source>
            <translation>
                <numerusform>%n person is called "%1"; use their @handle or id instead.</numerusform>
                <numerusform>%n people are called "%1"; use their @handle or id instead.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody called "%1" is on the roster. Add them first (icctl person add).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1…" is too long (at most %2 characters).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonStore</name>
        <message>
            <source>There is no person %1 on the roster.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewHtml</name>
        <message>
            <source>(no signing secret set: unsigned)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drill: this channel is not marked for drills. The update is kept in the outbox (local sink) and not sent.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Incident Commander</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Customer incident report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ongoing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period of impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline of events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No update has been sent yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Executive summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers affected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact began</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to mitigate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to resolve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latest update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Command hierarchy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(current)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes made to production</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still in place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Command post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TODOs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline (newest first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postmortem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blameless: this review looks at systems and processes, not at the people who worked on them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Major</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2 (%3 UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 d %2 h %3 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DRILL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DRILL — this is an exercise, not a real incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date and time (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No follow-up actions recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tracker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mitigated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generated by Incident Commander at %1 from incident %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Affected services and users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prevention measures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closing words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Root causes and contributing factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What went well</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What went badly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where we got lucky</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lessons learned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decisions and help needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We began our incident response at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The impact was mitigated at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The incident was resolved at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We are still working on a full resolution.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hypotheses recorded during the incident:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(To be written.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We sincerely apologise for the inconvenience this incident caused. We will continue to work on preventing a recurrence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The preview shows the newest %1 of %2 entries; the exported file holds them all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What we know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What we are doing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reverted at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmed during the incident:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ruled out:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident Commander</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody was assigned a role on the role board.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident Commander now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody holds command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The IC also holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No other role: every role is delegated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who held which role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handoffs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No handoffs recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledged at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outgoing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incoming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody held command on the role board.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How it ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, since %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, until %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportCommands</name>
        <message>
            <source>Unknown report kind "%1". Known kinds: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say where to write the report with --out FILE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown format "%1"; use md, html or pdf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown report language "%1"; use ja or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown time zone "%1"; use an IANA name such as Asia/Tokyo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown section "%1". Known sections: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the new wording with --text (an empty text restores the derived wording).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (derived)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(back to the derived wording)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a version number: use the first column of `report history`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored the wording of %1 saved on %2 by %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportExporter</name>
        <message>
            <source>PDF export needs the graphical libraries; start the program with a GUI platform.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF export is not available in this program.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportService</name>
        <message>
            <source>The report text is too long (at most %1 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a date and time. Write it as ISO 8601, such as 2026-11-29T08:30:00Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The impact cannot end (%1) before it began (%2).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportTextStore</name>
        <message>
            <source>This incident's report wording has no version %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportWordingEditor</name>
        <message>
            <source>This document is written from the incident as it stands; there is no wording to edit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the wording before you export. An empty box uses the text shown in grey, derived from the incident.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adjust the period of impact (your local time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers may have been affected before we detected it. Off: detection to mitigation, as recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact began:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact ended:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportsMenu</name>
        <message>
            <source>&amp;Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Follow-ups across incidents…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident &amp;metrics…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportsPanel</name>
        <message>
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wording saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTML (*.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save wording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Markdown…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export HTML…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reader's time zone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times in the report are given in this zone and in UTC.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown copied: paste it into the tracker issue or the chat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy Markdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the whole document as Markdown, e.g. for the tracker issue that sums up the incident.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every saved version of this document's wording: when, by whom.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact began</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(back to the wording derived from the incident)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2, %3:
%4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The wording of this document has not been edited yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History of the wording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored the version saved on %1 by %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoleBoard</name>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is Incident Commander. Take command or assign an IC now: every incident needs exactly one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the Incident Commander also holds Operations. Delegate Operations so the IC can keep the overview.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoleBoardPanel</name>
        <message>
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IC also holds: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On call now: no rotation set up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On call now: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask for help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What kind of help is needed? (optional; Planning will look for someone)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every role is on the board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity log…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roster — drag a person onto a role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New custom role…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On call…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag a person onto a role card to assign them; double-click to edit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoleCard</name>
        <message>
            <source>Needs help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More people are needed for this role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reach: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is Incident Commander</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held by the IC, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not delegated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reassign…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand off…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Need help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop a person from the roster here to assign %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help asked for: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handoff offered to %1; waiting for their acknowledgement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledge and take over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to reach them: unknown (add a handle, phone or e-mail on the roster)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoleCommands</name>
        <message>
            <source>%1 is now %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--to PERSON is required: who takes over?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--brief TEXT is required: the situation the incoming holder takes over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 handed %2 over to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current holders:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(nobody)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(held by the IC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NEEDS HELP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown format "%1": use csv or markdown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offered %1 to %2; waiting for their acknowledgement (icctl role ack).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handoff offered: %1 → %2 (%3), waiting for acknowledgement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--announce goes with a recorded handoff, not with --offer: nothing has changed hands until they acknowledge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--lang must be ja, en or both.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Handoff notice queued for %n channel(s).</source>
            <translation>
                <numerusform>Handoff notice queued for %n channel.</numerusform>
                <numerusform>Handoff notice queued for %n channels.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoleFactSource</name>
        <message>
            <source>Role board: when the commander, operations, communications and planning roles first all had a holder (the IC counts only for roles assigned to them, not for vacant ones); handoff offers with their briefing, and handoffs acknowledged by the incoming holder.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoleHistoryDialog</name>
        <message>
            <source>Role history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handoffs and their briefings:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 → %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledged %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No handoff yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoleHistoryModel</name>
        <message>
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How it ended</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoleService</name>
        <message>
            <source>Unknown role "%1". Use one of %2, or a custom role created first (icctl role define).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is a built-in role; choose another key for a custom role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The role key "%1" is not valid: start with a lower-case letter, then letters, digits or '-', at most 32 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A custom role needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The role "%1" already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is closed: its roles are history and can no longer change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>person %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already holds %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is Incident Commander. Command changes hands only by a handoff, so that the briefing is given and recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is now %2, taking over from %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is now %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody holds %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An open incident must always have an Incident Commander. Hand off command instead of releasing it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is no longer %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is no longer %2; the Incident Commander holds the role again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The briefing needs at least the situation: what is happening now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody holds %1 yet: assign it instead of handing it off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already holds %2; hand it off to someone else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 handed %2 over to %3, who acknowledged the briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has already asked for help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) needs help: more people are needed for this role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) needs help: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 no longer needs help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has not asked for help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Deputy / Next IC seat is open again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Incident Commander</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holds every role not delegated. Sets objectives, assigns people and keeps the incident document current.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operations lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Works with the IC to fix the problem. Only the Ops team changes the system during the incident.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Communications lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The public face of the response: sends periodic updates to responders, stakeholders and customers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planning lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supports Ops with the long view: files bugs, orders food, arranges handoffs, records changes to revert later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scribe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writes the timeline as it happens: decisions, actions and observations, with their times.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deputy / Next IC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shadows the IC, ready to take command at the next handoff; covers when the IC steps away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Liaison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connects the response with other teams, vendors and partners: brings their status in and our requests out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject-matter expert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Knows one system deeply; advises Ops and the IC, and changes nothing without Ops.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RosterDialog</name>
        <message>
            <source>Import roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported. Fix these rows and import the file again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported: %1 added, %2 updated.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %n people to %1.</source>
            <translation>
                <numerusform>Exported %n person to %1.</numerusform>
                <numerusform>Exported %n people to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns: name, handle, phone, email, team, languages, skills. A row whose handle is already on the roster updates that person.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RotationDialog</name>
        <message>
            <source>New on-call rotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Override a rotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weekly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom shift length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggests people for:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shifts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift length:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First shift starts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rotation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slot:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Covered by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members, in turn order (drag to reorder):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScenarioJsonReader</name>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown field (allowed here: %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required field is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected an object, found %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected an array, found %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too many items (%1; at most %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a string, found %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text is too long (%1 characters; at most %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an identifier uses only a-z, 0-9, "-" and "_" (found "%1")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown value "%1" (expected one of: %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected an object with "en" and "ja" texts, found %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a number, found %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>number out of range (%1 to %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a time such as T+5m, 1h30m or 90s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is longer than allowed here (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a string or an object with "en" and "ja" names, found %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScenarioLibrary</name>
        <message>
            <source>Cannot read the scenario file %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scenario file is too large (%1 bytes; at most %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no scenario "%1": give a file or one of %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScenarioParser</name>
        <message>
            <source>an inject has either "if" or "unless", not both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an inject must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required field is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a target must be longer than zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at least one score needs a weight above zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a scenario needs at least one inject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the id "%1" is used twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>times must not go backwards (T+%1 comes after T+%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scenario file is too large (%1 bytes; at most %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the file nests objects and arrays deeper than %2 levels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scenario is not valid JSON at byte %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: a scenario file holds one JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: a scenario must last longer than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the scenario file %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <source>Critical: the service is down or data is at risk for many customers. All hands, executives informed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Major: a core feature is broken or badly degraded for a significant share of customers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minor: partial degradation with a workaround, or few customers affected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low: no customer impact yet; a risk that needs coordinated attention.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SeverityPicker</name>
        <message>
            <source>Change severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change %1 from %2 to %3?

%3: %4

Reason (optional, recorded in the timeline):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The incident is now %1. Add the steps of the %1 checklist that this incident's checklist does not have yet?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the missing steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SqlErrorText</name>
        <message>
            <source>The disk is full, so the change could not be saved. Free some space and try again; nothing already saved was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is busy in another program. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file is read-only. Check its permissions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file could not be read or written (input/output error).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file is damaged or is not an Incident Commander database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database error: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplateCommands</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message>
            <source>shipped default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>revision %1 by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was not imported. %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Imported template %1 (revision %2, %n item(s)).</source>
            <translation>
                <numerusform>Imported template %1 (revision %2, %n item).</numerusform>
                <numerusform>Imported template %1 (revision %2, %n items).</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" is the team's own template, with no shipped default to return to; to delete it, use "icctl template remove %1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is a shipped template and cannot be removed; "icctl template reset %1" returns it to its default.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template %1 is the shipped default again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template %1 removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>bundled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as your team's template. The composer uses it from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audience:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Placeholders: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as team template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove team template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplateEditorDialog</name>
        <message>
            <source>Import checklist template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist templates (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export checklist template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipped default for %1; saving keeps your version instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision %1, saved by %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved revision %1 of "%2". New incidents of this severity start with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported "%1" (revision %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported the saved version to %1; unsaved edits are not in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop your version of "%1"? A shipped template returns to its default; a template of your own is deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (English):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (Japanese):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import JSON…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export JSON…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard the unsaved changes to "%1"?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy as new template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key of the new template (lowercase letters, digits, '-' or '_'), e.g. payments-sev2:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" cannot be used: choose a new key of lowercase letters, digits, '-' or '_'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy as new…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none: not used automatically)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New template "%1", not saved yet. Choose a severity to make it that severity's playbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used for:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplateEngine</name>
        <message>
            <source>Unknown placeholder %1. Known placeholders: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplateFile</name>
        <message>
            <source>Unknown field "%1". Allowed here: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The field "%1" is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" must be a text in quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" must be an object with "en" and "ja" texts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each item must be an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown phase "%1". Use one of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"timebox_minutes" must be a whole number of minutes, 1 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a checklist template (format must be "%1").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"version" must be a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The template was written by a newer version of Incident Commander (format version %1; this one reads up to %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"version" must be 1 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown severity "%1". Use SEV1, SEV2, SEV3 or SEV4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"items" must be a list of items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A template holds at most %1 items (this one has %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1, %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is too large for a checklist template (%1 KiB; at most %2 KiB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1, column %2: the file is not valid JSON (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line 1, $: a checklist template must be one JSON object.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplateItemEditor</name>
        <message>
            <source>(no owner)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time box:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Japanese:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min after declaring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do, in English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do, in Japanese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min from now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplateRules</name>
        <message>
            <source>The Japanese text is missing; every text is needed in both languages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The English text is missing; every text is needed in both languages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text is too long (%1 characters; at most %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Japanese text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>owner role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a valid template key: use 1 to 40 lowercase letters, digits, '-' or '_'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A template needs at least one item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A template holds at most %1 items (this one has %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown role "%1". Use one of %2, or custom:&lt;name&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time box must be between 1 and %1 minutes, or absent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template name, %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1, %2: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplateService</name>
        <message>
            <source>There is no checklist template "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no checklist template for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The template "%1" is already the shipped default.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The template "%1" is the %2 playbook: keep its severity %2, or give the template another key.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineFactSource</name>
        <message>
            <source>Incident and timeline: declaration, mitigation and resolution times; communication entries as stakeholder updates.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineFilterBar</name>
        <message>
            <source>Search the timeline (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Important only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oldest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch the order (Ctrl+Shift+O)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2 UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>[%n link(s)]</source>
            <translation>
                <numerusform>[%n link]</numerusform>
                <numerusform>[%n links]</numerusform>
            </translation>
        </message>
        <message>
            <source>Occurred (local, UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Occurred %1
Recorded %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local time. The date is shown for entries that are not on the day the incident was declared (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Occurred</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark important</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unmark important</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make internal</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Add %n entries from a transcript</source>
            <translation>
                <numerusform>Add %n entry from a transcript</numerusform>
                <numerusform>Add %n entries from a transcript</numerusform>
            </translation>
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Important</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste chat…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newest or oldest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show deleted entries</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineService</name>
        <message>
            <source>A timeline entry needs some text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The entry is too long (%1 characters; at most %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An entry can hold at most %1 links.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a link. Write it with its scheme, such as https://…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a milestone entry can mark a milestone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no incident %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This entry was changed elsewhere meanwhile (it is now version %1); your edit was not saved. Look at the entry again, then repeat your edit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" cannot be kept as a link: only http, https and mailto addresses are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing to add.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry %1 of %2: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineStore</name>
        <message>
            <source>There is no timeline entry %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The entry was changed elsewhere in the meantime. Reload and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TranscriptDialog</name>
        <message>
            <source>Paste a chat transcript</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the chat (lines such as "09:31 alice: restarted db-2", "[09:31] alice: …" or "2026-11-29 09:31 alice …"). Lines without a time continue the message above. Untick what should not become a timeline entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste here (Ctrl+V)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of the chat:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time (local, UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to timeline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UiFormat</name>
        <message>
            <source>%1 (%2 UTC)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WebhookSignature</name>
        <message>
            <source>The signing secret must be "whsec_" followed by base64 text.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Select an incident on the left, or start here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare as soon as a second team is needed, customers are affected, or an hour of concentrated analysis has not solved it. If unsure, declare: it costs less than declaring late.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare incident…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never practised? Rehearse a scripted scenario on a clock, away from real channels, then read the scores and the debrief.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a drill…</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
