<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
