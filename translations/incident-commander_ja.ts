<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActivityLog</name>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>_Nothing recorded while holding the role._</source>
        <translation>_この役割の担当中に記録はありません。_</translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <source>Export activity log</source>
        <translation>活動記録の書き出し</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown ファイル (*.md)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Activity log (ICS-214)</source>
        <translation>活動記録 (ICS-214)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <source>Holder / time</source>
        <translation>担当者 / 時刻</translation>
    </message>
    <message>
        <source>Held / kind</source>
        <translation>担当期間 / 種類</translation>
    </message>
    <message>
        <source>What they recorded</source>
        <translation>記録した内容</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV を書き出す…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Markdown を書き出す…</translation>
    </message>
</context>
<context>
    <name>AssignmentEnd</name>
    <message>
        <source>Released</source>
        <translation>解任</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>交代</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>引き継ぎ</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Situation:</source>
        <translation>状況:</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>目標:</translation>
    </message>
    <message>
        <source>Current actions:</source>
        <translation>実施中の対応:</translation>
    </message>
    <message>
        <source>Current organisation:</source>
        <translation>現在の体制:</translation>
    </message>
</context>
<context>
    <name>BriefingDraft</name>
    <message>
        <source>%1 %2 — %3, %4.</source>
        <translation>%1 %2 — %3、%4。</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>影響: %1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>概要: %1</translation>
    </message>
    <message>
        <source>Find the cause and stop the customer impact; keep stakeholders updated.</source>
        <translation>原因を突き止め、お客様への影響を止める。関係者へ状況を伝え続ける。</translation>
    </message>
    <message>
        <source>Apply the fix or mitigation safely; keep stakeholders updated.</source>
        <translation>修正または緩和策を安全に適用する。関係者へ状況を伝え続ける。</translation>
    </message>
    <message>
        <source>Watch that the mitigation holds; decide when to resolve.</source>
        <translation>緩和策が効き続けるかを監視し、解決とする時期を判断する。</translation>
    </message>
    <message>
        <source>Wrap up: revert temporary changes, prepare the postmortem.</source>
        <translation>収束作業: 一時的な変更を元に戻し、ポストモーテムを準備する。</translation>
    </message>
    <message>
        <source>- Open: %1 needs help. %2</source>
        <translation>- 未対応: %1が応援を求めています。%2</translation>
    </message>
    <message>
        <source>(no actions recorded yet)</source>
        <translation>(まだ対応の記録はありません)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>不在</translation>
    </message>
    <message>
        <source>held by the IC</source>
        <translation>IC が兼務</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>Missing arguments.</source>
        <translation>引数が足りません。</translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation>引数が多すぎます: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
</context>
<context>
    <name>CommandStrip</name>
    <message>
        <source>no contact on the roster</source>
        <translation>名簿に連絡先がありません</translation>
    </message>
    <message>
        <source>&lt;b&gt;IC:&lt;/b&gt; %1 — reach: %2</source>
        <translation>&lt;b&gt;IC:&lt;/b&gt; %1 — 連絡先: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;No Incident Commander.&lt;/b&gt; Take command on the Roles tab.</source>
        <translation>&lt;b&gt;インシデントコマンダーがいません。&lt;/b&gt;「役割」タブで指揮を執ってください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next IC:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;次の IC:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next IC:&lt;/b&gt; not named yet</source>
        <translation>&lt;b&gt;次の IC:&lt;/b&gt; 未指名</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Usage: icctl [--db FILE] [--json] [--lang ja|en] [--as NAME] COMMAND ...</source>
        <translation>使い方: icctl [--db FILE] [--json] [--lang ja|en] [--as NAME] COMMAND ...</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>オプション %1 には値が必要です。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use ja or en.</source>
        <translation>不明な言語「%1」です。ja か en を指定してください。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンド: %1</translation>
    </message>
    <message>
        <source>Declare an incident; prints its id and code.</source>
        <translation>インシデントを宣言し、ID とコードを表示します。</translation>
    </message>
    <message>
        <source>List incidents, open ones first.</source>
        <translation>インシデントを一覧表示します(対応中のものが先)。</translation>
    </message>
    <message>
        <source>Show one incident.</source>
        <translation>インシデントを 1 件表示します。</translation>
    </message>
    <message>
        <source>Move an incident to another status.</source>
        <translation>インシデントのステータスを変更します。</translation>
    </message>
    <message>
        <source>Add an entry to an incident&apos;s timeline.</source>
        <translation>インシデントのタイムラインに記録を追加します。</translation>
    </message>
    <message>
        <source>List an incident&apos;s timeline, newest first.</source>
        <translation>インシデントのタイムラインを新しい順に表示します。</translation>
    </message>
    <message>
        <source>Show who is on call now, per rotation.</source>
        <translation>ローテーションごとに現在のオンコール担当者を表示します。</translation>
    </message>
    <message>
        <source>Create an on-call rotation (weekly unless --shift-hours is given).</source>
        <translation>オンコールのローテーションを作成します(--shift-hours がなければ週替わり)。</translation>
    </message>
    <message>
        <source>Let someone cover a rotation&apos;s primary (or secondary) for a while.</source>
        <translation>ローテーションのプライマリ(またはセカンダリ)を一定期間だけ別の人が代わります。</translation>
    </message>
    <message>
        <source>Add a person to the roster.</source>
        <translation>名簿に人を追加します。</translation>
    </message>
    <message>
        <source>List the roster.</source>
        <translation>名簿を表示します。</translation>
    </message>
    <message>
        <source>Import people from CSV (all rows or none).</source>
        <translation>CSV から人を取り込みます(全行取り込むか、1 行も取り込まないか)。</translation>
    </message>
    <message>
        <source>Export the roster as CSV.</source>
        <translation>名簿を CSV で書き出します。</translation>
    </message>
    <message>
        <source>Assign a role (commander, operations, communications, planning, scribe, deputy, liaison, sme or a custom role) to a person.</source>
        <translation>役割(commander, operations, communications, planning, scribe, deputy, liaison, sme またはカスタム役割)を人に割り当てます。</translation>
    </message>
    <message>
        <source>Release a role; the Incident Commander holds it again.</source>
        <translation>役割を解任します。その役割はインシデントコマンダーの兼務に戻ります。</translation>
    </message>
    <message>
        <source>Hand a role (command by default) over with an acknowledged briefing.</source>
        <translation>確認済みのブリーフィングとともに役割(既定では指揮)を引き継ぎます。</translation>
    </message>
    <message>
        <source>Show the current role holders and the history of assignments.</source>
        <translation>現在の役割担当者と割り当ての履歴を表示します。</translation>
    </message>
    <message>
        <source>Put an optional role on the incident&apos;s board.</source>
        <translation>任意の役割をインシデントのボードに追加します。</translation>
    </message>
    <message>
        <source>Create a custom role.</source>
        <translation>カスタム役割を作成します。</translation>
    </message>
    <message>
        <source>List the roles and their duties.</source>
        <translation>役割とその任務を一覧表示します。</translation>
    </message>
    <message>
        <source>Flag that a role needs more people (or clear the flag).</source>
        <translation>役割に人手が足りないことを知らせます(またはその表示を解除します)。</translation>
    </message>
    <message>
        <source>Print a role&apos;s activity log (ICS-214).</source>
        <translation>役割の活動記録 (ICS-214) を出力します。</translation>
    </message>
    <message>
        <source>Acknowledge the briefing of a handoff offered to you; command moves to you.</source>
        <translation>自分宛ての引き継ぎのブリーフィングを確認し、役割を引き受けます。</translation>
    </message>
    <message>
        <source>Withdraw a handoff offer nobody has acknowledged yet.</source>
        <translation>まだ確認されていない引き継ぎの申し出を取り下げます。</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>A quoted field is never closed.</source>
        <translation>引用符で始まった項目が閉じられていません。</translation>
    </message>
</context>
<context>
    <name>CustomRoleDialog</name>
    <message>
        <source>New custom role</source>
        <translation>新しいカスタム役割</translation>
    </message>
    <message>
        <source>Key (for icctl):</source>
        <translation>キー (icctl 用):</translation>
    </message>
    <message>
        <source>Name in English:</source>
        <translation>英語の名前:</translation>
    </message>
    <message>
        <source>Name in Japanese:</source>
        <translation>日本語の名前:</translation>
    </message>
    <message>
        <source>Duty in English:</source>
        <translation>英語の任務:</translation>
    </message>
    <message>
        <source>Duty in Japanese:</source>
        <translation>日本語の任務:</translation>
    </message>
    <message>
        <source>e.g. db-expert</source>
        <translation>例: db-expert</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 はフォルダーです。データベースファイルではありません。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: %2</source>
        <translation>データベースファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not an Incident Commander database, or it is damaged. The file was left untouched.</source>
        <translation>%1 は Incident Commander のデータベースではないか、破損しています。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>データベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program. The file was left untouched.</source>
        <translation>%1 は別のプログラムの SQLite データベースです。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Incident Commander (schema %2; this version understands up to %3). Update the program; the file was left untouched.</source>
        <translation>%1 は新しいバージョンの Incident Commander で書かれています(スキーマ %2。このバージョンが扱えるのは %3 まで)。プログラムを更新してください。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database it copies.</source>
        <translation>バックアップで元のデータベース自体を上書きすることはできません。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>%1 にバックアップを書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>DeclareDialog</name>
    <message>
        <source>At least one answer is yes: declare now.</source>
        <translation>「はい」が 1 つ以上あります。今すぐ宣言してください。</translation>
    </message>
    <message>
        <source>No answer is yes yet. Declaring early costs little; declare if in doubt.</source>
        <translation>まだ「はい」はありません。早めの宣言は負担が小さいので、迷ったら宣言してください。</translation>
    </message>
    <message>
        <source>Declare drill</source>
        <translation>訓練を宣言</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>宣言</translation>
    </message>
    <message>
        <source>Declare incident</source>
        <translation>インシデントを宣言</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>What is broken, as users see it</source>
        <translation>ユーザーから見て何が壊れているか</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>重大度(&amp;S):</translation>
    </message>
    <message>
        <source>If unsure, choose the higher severity.</source>
        <translation>迷ったら重い方の重大度を選んでください。</translation>
    </message>
    <message>
        <source>Customer &amp;impact:</source>
        <translation>お客様への影響(&amp;I):</translation>
    </message>
    <message>
        <source>Who is affected and how</source>
        <translation>誰がどのように影響を受けているか</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>概要(&amp;U):</translation>
    </message>
    <message>
        <source>Declare when any one is true</source>
        <translation>どれか 1 つでも当てはまれば宣言する</translation>
    </message>
    <message>
        <source>Another team is needed to fix the problem</source>
        <translation>解決に別のチームの協力が必要</translation>
    </message>
    <message>
        <source>Customers see the outage</source>
        <translation>お客様から障害が見えている</translation>
    </message>
    <message>
        <source>Still unsolved after an hour of concentrated analysis</source>
        <translation>1 時間集中して調べても解決していない</translation>
    </message>
    <message>
        <source>This is a drill (kept apart from real incidents and channels)</source>
        <translation>これは訓練です(実際のインシデントや通知先とは分けて扱います)</translation>
    </message>
</context>
<context>
    <name>EntryKind</name>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>観察</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Role change</source>
        <translation>役割の変更</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>連絡</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Drill inject</source>
        <translation>訓練の状況付与</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>仮説</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>節目</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>ステータス変更</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>Hand off %1</source>
        <translation>%1の引き継ぎ</translation>
    </message>
    <message>
        <source>Brief the incoming holder face to face or on the call, using the notes below. The handoff is recorded only once they acknowledge it.</source>
        <translation>下のメモを使って、対面または通話で後任に状況を説明してください。後任が確認して初めて引き継ぎが記録されます。</translation>
    </message>
    <message>
        <source>Outgoing:</source>
        <translation>前任:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(不在)</translation>
    </message>
    <message>
        <source>Incoming:</source>
        <translation>後任:</translation>
    </message>
    <message>
        <source>Choose who takes over…</source>
        <translation>引き継ぐ人を選んでください…</translation>
    </message>
    <message>
        <source>Briefing (ICS-201)</source>
        <translation>ブリーフィング (ICS-201)</translation>
    </message>
    <message>
        <source>Situation: what is happening now</source>
        <translation>状況: いま何が起きているか</translation>
    </message>
    <message>
        <source>Objectives: what we are trying to achieve</source>
        <translation>目標: 何を達成しようとしているか</translation>
    </message>
    <message>
        <source>Current actions: what is under way, by whom</source>
        <translation>実施中の対応: 誰が何を進めているか</translation>
    </message>
    <message>
        <source>Current organisation: who holds which role</source>
        <translation>現在の体制: 誰がどの役割を担っているか</translation>
    </message>
    <message>
        <source>I, %1, have received this briefing and take over %2.</source>
        <translation>私、%1 はこのブリーフィングを受け、%2を引き継ぎます。</translation>
    </message>
    <message>
        <source>The incoming holder acknowledges the briefing.</source>
        <translation>後任がブリーフィングを確認します。</translation>
    </message>
    <message>
        <source>Record handoff</source>
        <translation>引き継ぎを記録</translation>
    </message>
    <message>
        <source>Offer; they acknowledge later</source>
        <translation>申し出る(後任が後で確認)</translation>
    </message>
    <message>
        <source>For an incoming holder who is not at this screen: they read the briefing and acknowledge it in their own window or with icctl role ack.</source>
        <translation>後任がこの画面の前にいない場合に使います。後任は自分のウィンドウか icctl role ack でブリーフィングを読んで確認します。</translation>
    </message>
</context>
<context>
    <name>HandoffOfferService</name>
    <message>
        <source>The briefing needs at least the situation: what is happening now.</source>
        <translation>ブリーフィングには少なくとも状況(いま何が起きているか)が必要です。</translation>
    </message>
    <message>
        <source>%1 offers %2 to %3; command changes when %3 acknowledges the briefing.</source>
        <translation>%1 が %3 に%2の引き継ぎを申し出ました。%3 がブリーフィングを確認した時点で交代します。</translation>
    </message>
    <message>
        <source>No handoff of %1 is waiting for acknowledgement.</source>
        <translation>確認待ちの%1の引き継ぎはありません。</translation>
    </message>
    <message>
        <source>Only %1 can acknowledge this handoff: the briefing was given to them.</source>
        <translation>この引き継ぎを確認できるのは %1 だけです。ブリーフィングはその人に向けたものです。</translation>
    </message>
    <message>
        <source>%1 has changed hands since the offer; ask for a new handoff.</source>
        <translation>申し出の後に%1の担当者が変わりました。改めて引き継ぎを依頼してください。</translation>
    </message>
    <message>
        <source>The handoff of %1 to %2 was withdrawn.</source>
        <translation>%2 への%1の引き継ぎは取り下げられました。</translation>
    </message>
</context>
<context>
    <name>IncidentCommands</name>
    <message>
        <source>--title is required.</source>
        <translation>--title は必須です。</translation>
    </message>
    <message>
        <source>--severity is required (SEV1, SEV2, SEV3 or SEV4; if unsure, choose the higher).</source>
        <translation>--severity は必須です(SEV1、SEV2、SEV3、SEV4。迷ったら重い方を選んでください)。</translation>
    </message>
    <message>
        <source>Unknown severity &quot;%1&quot;: use SEV1, SEV2, SEV3 or SEV4.</source>
        <translation>不明な重大度「%1」です。SEV1、SEV2、SEV3、SEV4 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>検知</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>宣言</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>緩和</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use investigating, identified, monitoring, resolved or closed.</source>
        <translation>不明なステータス「%1」です。investigating、identified、monitoring、resolved、closed のいずれかを指定してください。</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>%1 (drill)</source>
        <translation>%1(訓練)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>IncidentListPanel</name>
    <message>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Declare incident…</source>
        <translation>インシデントを宣言…</translation>
    </message>
    <message>
        <source>Declare early: when a second team is needed, customers are affected, or an hour of concentrated analysis has not solved it.</source>
        <translation>早めに宣言しましょう: 別チームの協力が必要なとき、お客様に影響が出ているとき、1 時間集中して調べても解決しないとき。</translation>
    </message>
    <message>
        <source>Show drills</source>
        <translation>訓練を表示</translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>An incident needs a title.</source>
        <translation>インシデントにはタイトルが必要です。</translation>
    </message>
    <message>
        <source>The title is too long (%1 characters; at most %2).</source>
        <translation>タイトルが長すぎます(%1 文字。最大 %2 文字)。</translation>
    </message>
    <message>
        <source>The summary or impact text is too long (at most %1 characters).</source>
        <translation>概要または影響の文章が長すぎます(最大 %1 文字)。</translation>
    </message>
    <message>
        <source>Incident declared: %1 (%2)</source>
        <translation>インシデントを宣言: %1 (%2)</translation>
    </message>
    <message>
        <source>Incident opened for investigation: %1 (%2)</source>
        <translation>調査のためにインシデントを起票: %1 (%2)</translation>
    </message>
    <message>
        <source>The incident is already %1.</source>
        <translation>インシデントはすでに「%1」です。</translation>
    </message>
    <message>
        <source>A closed incident cannot change its status.</source>
        <translation>クローズしたインシデントのステータスは変更できません。</translation>
    </message>
    <message>
        <source>Status changed: %1 → %2</source>
        <translation>ステータス変更: %1 → %2</translation>
    </message>
    <message>
        <source>Severity changed: %1 → %2</source>
        <translation>重大度変更: %1 → %2</translation>
    </message>
    <message>
        <source>The incident has already been declared.</source>
        <translation>このインシデントはすでに宣言されています。</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>Investigating</source>
        <translation>調査中</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>原因特定</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>経過観察</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>クローズ</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>There is no incident %1.</source>
        <translation>インシデント %1 はありません。</translation>
    </message>
</context>
<context>
    <name>IncidentWorkspace</name>
    <message>
        <source>Select an incident on the left, or declare a new one.</source>
        <translation>左でインシデントを選ぶか、新しく宣言してください。</translation>
    </message>
    <message>
        <source>DRILL — this is an exercise, not a real incident</source>
        <translation>訓練 — これは演習であり、実際のインシデントではありません</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
</context>
<context>
    <name>LogCommands</name>
    <message>
        <source>Unknown entry kind &quot;%1&quot;. Known kinds: %2</source>
        <translation>不明な記録の種類「%1」です。使える種類: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time such as 2026-11-29T09:30:00+09:00.</source>
        <translation>「%1」は 2026-11-29T09:30:00+09:00 のような ISO 8601 形式の時刻ではありません。</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit には正の数が必要です。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 already exists. Choose a new file name, or use Open.</source>
        <translation>%1 はすでに存在します。新しいファイル名を選ぶか、「開く」を使ってください。</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>Incident databases (*.sqlite)</source>
        <translation>インシデントデータベース (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Incident databases (*.sqlite);;All files (*)</source>
        <translation>インシデントデータベース (*.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>データベースのバックアップ</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>%1 にバックアップしました</translation>
    </message>
    <message>
        <source>About Incident Commander</source>
        <translation>Incident Commander について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Incident Commander %1&lt;/h3&gt;&lt;p&gt;Command an incident the way the SRE book teaches: declare early, give every role an owner, hand off command explicitly, keep the incident document current and update stakeholders on time — and rehearse it all in offline drills.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Incident Commander %1&lt;/h3&gt;&lt;p&gt;SRE 本が教えるやり方でインシデントを指揮します: 早めに宣言し、すべての役割に担当者を置き、指揮ははっきりと引き継ぎ、インシデント文書を最新に保ち、関係者へ遅れずに状況を伝える — そしてそのすべてをオフラインの訓練で練習します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Incident Commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <source>Incident Commander — %1</source>
        <translation>Incident Commander — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Declare incident…</source>
        <translation>インシデントを宣言(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新しいデータベース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>データベースをバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Incident Commander</source>
        <translation>Incident Commander について(&amp;A)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>マイグレーション %1 が見つかりません。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>データベースをスキーマ %1 に更新できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>OnCallCommands</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time such as 2026-11-29T09:00:00+09:00.</source>
        <translation>「%1」は 2026-11-29T09:00:00+09:00 のような ISO 8601 形式の時刻ではありません。</translation>
    </message>
    <message>
        <source>primary: %1</source>
        <translation>プライマリ: %1</translation>
    </message>
    <message>
        <source>secondary: %1</source>
        <translation>セカンダリ: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <source>No rotation yet. Create one with: icctl oncall rotation add NAME --members a,b,c</source>
        <translation>ローテーションがまだありません。次のように作成してください: icctl oncall rotation add NAME --members a,b,c</translation>
    </message>
    <message>
        <source>--shift-hours needs a whole number of hours.</source>
        <translation>--shift-hours には時間数を整数で指定してください。</translation>
    </message>
    <message>
        <source>--person, --from and --to are required.</source>
        <translation>--person、--from、--to は必須です。</translation>
    </message>
</context>
<context>
    <name>OnCallDialog</name>
    <message>
        <source>Weekly</source>
        <translation>週替わり</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1(代理)</translation>
    </message>
    <message>
        <source>On-call rotations</source>
        <translation>オンコールのローテーション</translation>
    </message>
    <message>
        <source>Who is on call now. The role board suggests the primary of the rotation for a role.</source>
        <translation>現在のオンコール担当者です。役割ボードは、その役割のローテーションのプライマリをおすすめとして表示します。</translation>
    </message>
    <message>
        <source>New rotation…</source>
        <translation>新しいローテーション…</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>代理を設定…</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>ローテーション</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>シフト</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>セカンダリ</translation>
    </message>
    <message>
        <source>Shift ends</source>
        <translation>シフト終了</translation>
    </message>
</context>
<context>
    <name>OnCallService</name>
    <message>
        <source>A rotation needs a name.</source>
        <translation>ローテーションには名前が必要です。</translation>
    </message>
    <message>
        <source>A shift lasts from 1 to %1 hours.</source>
        <translation>シフトの長さは 1 〜 %1 時間です。</translation>
    </message>
    <message>
        <source>A rotation needs at least one member.</source>
        <translation>ローテーションには少なくとも 1 人のメンバーが必要です。</translation>
    </message>
    <message>
        <source>A rotation called &quot;%1&quot; already exists.</source>
        <translation>「%1」という名前のローテーションはすでにあります。</translation>
    </message>
    <message>
        <source>An override needs a start and an end after it.</source>
        <translation>代理設定には開始と、それより後の終了が必要です。</translation>
    </message>
    <message>
        <source>There is no rotation called &quot;%1&quot;.</source>
        <translation>「%1」という名前のローテーションはありません。</translation>
    </message>
</context>
<context>
    <name>OnCallSlot</name>
    <message>
        <source>Primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>セカンダリ</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>重大度:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Customer impact:</source>
        <translation>お客様への影響:</translation>
    </message>
    <message>
        <source>(not described yet)</source>
        <translation>(まだ記述なし)</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>概要:</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(まだ記入なし)</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>検知:</translation>
    </message>
    <message>
        <source>Declared:</source>
        <translation>宣言:</translation>
    </message>
    <message>
        <source>Not declared yet</source>
        <translation>未宣言</translation>
    </message>
    <message>
        <source>Mitigated:</source>
        <translation>緩和:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>解決:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>クローズ:</translation>
    </message>
    <message>
        <source>Another team needed:</source>
        <translation>別チームの協力が必要:</translation>
    </message>
    <message>
        <source>Customers affected:</source>
        <translation>お客様への影響あり:</translation>
    </message>
    <message>
        <source>Unsolved after an hour:</source>
        <translation>1 時間経っても未解決:</translation>
    </message>
</context>
<context>
    <name>PeopleCsv</name>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row (name,handle,phone,email,team,languages,skills).</source>
        <translation>ファイルが空です。見出し行 (name,handle,phone,email,team,languages,skills) が必要です。</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; known columns: %2.</source>
        <translation>不明な列「%1」です。使える列: %2。</translation>
    </message>
    <message>
        <source>the header has no &quot;name&quot; column.</source>
        <translation>見出し行に「name」列がありません。</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2.</source>
        <translation>項目が %1 個ありますが、見出し行は %2 個です。</translation>
    </message>
    <message>
        <source>the name is missing.</source>
        <translation>名前がありません。</translation>
    </message>
    <message>
        <source>the name is longer than %1 characters.</source>
        <translation>名前が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>the handle @%1 is also on line %2.</source>
        <translation>ハンドル @%1 は %2 行目にもあります。</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>%1 (on call)</source>
        <translation>%1(オンコール)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>ハンドル</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
</context>
<context>
    <name>PersonCommands</name>
    <message>
        <source>--name is required.</source>
        <translation>--name は必須です。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>何も取り込みませんでした:</translation>
    </message>
    <message>
        <source>%1 added, %2 updated.</source>
        <translation>%1 人追加、%2 人更新しました。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>PersonEditDialog</name>
    <message>
        <source>Edit person</source>
        <translation>人の編集</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>人の追加</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Chat handle:</source>
        <translation>チャットのハンドル:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>チーム:</translation>
    </message>
    <message>
        <source>Languages (ja; en):</source>
        <translation>言語 (ja; en):</translation>
    </message>
    <message>
        <source>Skills (db; network):</source>
        <translation>スキル (db; network):</translation>
    </message>
    <message>
        <source>e.g. hanako (without @)</source>
        <translation>例: hanako(@ は不要)</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <source>Assign %1</source>
        <translation>%1を割り当て</translation>
    </message>
    <message>
        <source>Who takes %1?</source>
        <translation>%1を誰が担当しますか?</translation>
    </message>
    <message>
        <source>Filter by name, handle, team or skill</source>
        <translation>名前、ハンドル、チーム、スキルで絞り込み</translation>
    </message>
    <message>
        <source>On call now: %1 (suggested)</source>
        <translation>現在のオンコール: %1(おすすめ)</translation>
    </message>
    <message>
        <source>Nobody is on call for this role; pick someone from the roster.</source>
        <translation>この役割のオンコール担当者はいません。名簿から選んでください。</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>割り当て</translation>
    </message>
</context>
<context>
    <name>PersonService</name>
    <message>
        <source>A person needs a name.</source>
        <translation>名前が必要です。</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>名前が長すぎます(最大 %1 文字)。</translation>
    </message>
    <message>
        <source>The handle &quot;%1&quot; is not valid: no spaces, at most %2 characters.</source>
        <translation>ハンドル「%1」は使えません。空白を含めず、%2 文字以内にしてください。</translation>
    </message>
    <message>
        <source>The handle @%1 already belongs to %2.</source>
        <translation>ハンドル @%1 はすでに %2 さんのものです。</translation>
    </message>
    <message>
        <source>Name a person: their id, @handle or name.</source>
        <translation>人を指定してください: ID、@ハンドル、または名前。</translation>
    </message>
    <message numerus="yes">
        <source>%n people are called &quot;%1&quot;; use their @handle or id instead.</source>
        <translation>
            <numerusform>「%1」という名前の人が %n 人います。@ハンドルか ID で指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is on the roster. Add them first (icctl person add).</source>
        <translation>「%1」という人は名簿にいません。先に追加してください (icctl person add)。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>There is no person %1 on the roster.</source>
        <translation>名簿に人 %1 はいません。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Incident Commander</source>
        <translation>Incident Commander</translation>
    </message>
</context>
<context>
    <name>RoleBoard</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Nobody is Incident Commander. Take command or assign an IC now: every incident needs exactly one.</source>
        <translation>インシデントコマンダーがいません。すぐに指揮を執るか IC を割り当ててください。どのインシデントにも IC はちょうど 1 人必要です。</translation>
    </message>
    <message>
        <source>%1: the Incident Commander also holds Operations. Delegate Operations so the IC can keep the overview.</source>
        <translation>%1: インシデントコマンダーが運用も兼ねています。IC が全体を見渡せるよう、運用は他の人に任せてください。</translation>
    </message>
</context>
<context>
    <name>RoleBoardPanel</name>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>IC also holds: %1</source>
        <translation>IC が兼務: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>On call now: no rotation set up</source>
        <translation>現在のオンコール: ローテーション未設定</translation>
    </message>
    <message>
        <source>On call now: %1</source>
        <translation>現在のオンコール: %1</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>応援を求める</translation>
    </message>
    <message>
        <source>What kind of help is needed? (optional; Planning will look for someone)</source>
        <translation>どんな応援が必要ですか?(任意。計画担当が人を探します)</translation>
    </message>
    <message>
        <source>Every role is on the board</source>
        <translation>すべての役割がボードにあります</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>役割を追加</translation>
    </message>
    <message>
        <source>Take command</source>
        <translation>指揮を執る</translation>
    </message>
    <message>
        <source>Activity log…</source>
        <translation>活動記録…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>履歴…</translation>
    </message>
    <message>
        <source>Roster…</source>
        <translation>名簿…</translation>
    </message>
    <message>
        <source>Roster — drag a person onto a role</source>
        <translation>名簿 — 人を役割へドラッグ</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>人を絞り込み</translation>
    </message>
    <message>
        <source>New custom role…</source>
        <translation>新しいカスタム役割…</translation>
    </message>
    <message>
        <source>On call…</source>
        <translation>オンコール…</translation>
    </message>
    <message>
        <source>Drag a person onto a role card to assign them; double-click to edit.</source>
        <translation>人を役割のカードにドラッグすると割り当てます。ダブルクリックで編集します。</translation>
    </message>
</context>
<context>
    <name>RoleCard</name>
    <message>
        <source>Needs help</source>
        <translation>応援が必要</translation>
    </message>
    <message>
        <source>More people are needed for this role.</source>
        <translation>この役割にはもっと人手が必要です。</translation>
    </message>
    <message>
        <source>How to reach them: not on the roster yet</source>
        <translation>連絡先: まだ名簿にありません</translation>
    </message>
    <message>
        <source>Reach: %1</source>
        <translation>連絡先: %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>%1 から担当</translation>
    </message>
    <message>
        <source>Nobody is Incident Commander</source>
        <translation>インシデントコマンダーがいません</translation>
    </message>
    <message>
        <source>Held by the IC, %1</source>
        <translation>IC(%1)が兼務</translation>
    </message>
    <message>
        <source>Not delegated</source>
        <translation>未委任</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>交代…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>割り当て…</translation>
    </message>
    <message>
        <source>Hand off…</source>
        <translation>引き継ぎ…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>解任</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Help found</source>
        <translation>応援確保</translation>
    </message>
    <message>
        <source>Need help</source>
        <translation>応援を求める</translation>
    </message>
    <message>
        <source>Drop a person from the roster here to assign %1.</source>
        <translation>名簿から人をここにドロップすると%1に割り当てます。</translation>
    </message>
    <message>
        <source>Help asked for: %1</source>
        <translation>応援の内容: %1</translation>
    </message>
    <message>
        <source>Handoff offered to %1; waiting for their acknowledgement.</source>
        <translation>%1 に引き継ぎを申し出ています。確認待ちです。</translation>
    </message>
    <message>
        <source>Acknowledge and take over</source>
        <translation>確認して引き継ぐ</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>取り下げ</translation>
    </message>
</context>
<context>
    <name>RoleCommands</name>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 が%2になりました。</translation>
    </message>
    <message>
        <source>--to PERSON is required: who takes over?</source>
        <translation>--to PERSON は必須です。誰が引き継ぎますか?</translation>
    </message>
    <message>
        <source>--brief TEXT is required: the situation the incoming holder takes over.</source>
        <translation>--brief TEXT は必須です。後任が引き継ぐ状況を書いてください。</translation>
    </message>
    <message>
        <source>%1 handed %2 over to %3.</source>
        <translation>%1 が%2を %3 に引き継ぎました。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Current holders:</source>
        <translation>現在の担当者:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(不在)</translation>
    </message>
    <message>
        <source>(held by the IC)</source>
        <translation>(IC が兼務)</translation>
    </message>
    <message>
        <source>NEEDS HELP</source>
        <translation>応援が必要</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>履歴:</translation>
    </message>
    <message>
        <source>current</source>
        <translation>担当中</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv or markdown.</source>
        <translation>不明な形式「%1」です。csv か markdown を指定してください。</translation>
    </message>
    <message>
        <source>Offered %1 to %2; waiting for their acknowledgement (icctl role ack).</source>
        <translation>%2 に%1の引き継ぎを申し出ました。確認を待っています (icctl role ack)。</translation>
    </message>
    <message>
        <source>Handoff offered: %1 → %2 (%3), waiting for acknowledgement</source>
        <translation>引き継ぎの申し出: %1 → %2(%3)、確認待ち</translation>
    </message>
</context>
<context>
    <name>RoleHistoryDialog</name>
    <message>
        <source>Role history</source>
        <translation>役割の履歴</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1の履歴</translation>
    </message>
    <message>
        <source>Handoffs and their briefings:</source>
        <translation>引き継ぎとブリーフィング:</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2(%3)</translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation>%1 に確認</translation>
    </message>
    <message>
        <source>No handoff yet.</source>
        <translation>まだ引き継ぎはありません。</translation>
    </message>
</context>
<context>
    <name>RoleHistoryModel</name>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>担当中</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>終了の理由</translation>
    </message>
</context>
<context>
    <name>RoleService</name>
    <message>
        <source>Unknown role &quot;%1&quot;. Use one of %2, or a custom role created first (icctl role define).</source>
        <translation>不明な役割「%1」です。%2 のいずれか、または先に作成したカスタム役割 (icctl role define) を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in role; choose another key for a custom role.</source>
        <translation>「%1」は組み込みの役割です。カスタム役割には別のキーを選んでください。</translation>
    </message>
    <message>
        <source>The role key &quot;%1&quot; is not valid: start with a lower-case letter, then letters, digits or &apos;-&apos;, at most 32 characters.</source>
        <translation>役割のキー「%1」は使えません。英小文字で始め、続けて英字・数字・「-」を使い、32 文字以内にしてください。</translation>
    </message>
    <message>
        <source>A custom role needs a name.</source>
        <translation>カスタム役割には名前が必要です。</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; already exists.</source>
        <translation>役割「%1」はすでにあります。</translation>
    </message>
    <message>
        <source>%1 is closed: its roles are history and can no longer change.</source>
        <translation>%1 はクローズ済みです。役割は履歴として残り、もう変更できません。</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>人 %1</translation>
    </message>
    <message>
        <source>%1 already holds %2.</source>
        <translation>%1 はすでに%2です。</translation>
    </message>
    <message>
        <source>%1 is Incident Commander. Command changes hands only by a handoff, so that the briefing is given and recorded.</source>
        <translation>%1 がインシデントコマンダーです。指揮はブリーフィングを伝えて記録する引き継ぎによってのみ交代します。</translation>
    </message>
    <message>
        <source>%1 is now %2, taking over from %3.</source>
        <translation>%3 に代わって %1 が%2になりました。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 が%2になりました。</translation>
    </message>
    <message>
        <source>Nobody holds %1.</source>
        <translation>%1の担当者はいません。</translation>
    </message>
    <message>
        <source>An open incident must always have an Incident Commander. Hand off command instead of releasing it.</source>
        <translation>対応中のインシデントには常にインシデントコマンダーが必要です。解任ではなく指揮を引き継いでください。</translation>
    </message>
    <message>
        <source>%1 is no longer %2.</source>
        <translation>%1 は%2ではなくなりました。</translation>
    </message>
    <message>
        <source>%1 is no longer %2; the Incident Commander holds the role again.</source>
        <translation>%1 は%2ではなくなりました。この役割はインシデントコマンダーの兼務に戻ります。</translation>
    </message>
    <message>
        <source>The briefing needs at least the situation: what is happening now.</source>
        <translation>ブリーフィングには少なくとも状況(いま何が起きているか)が必要です。</translation>
    </message>
    <message>
        <source>Nobody holds %1 yet: assign it instead of handing it off.</source>
        <translation>%1にはまだ担当者がいません。引き継ぎではなく割り当てをしてください。</translation>
    </message>
    <message>
        <source>%1 already holds %2; hand it off to someone else.</source>
        <translation>%1 はすでに%2です。別の人に引き継いでください。</translation>
    </message>
    <message>
        <source>%1 handed %2 over to %3, who acknowledged the briefing.</source>
        <translation>%1 が%2を %3 に引き継ぎ、後任がブリーフィングを確認しました。</translation>
    </message>
    <message>
        <source>%1 has already asked for help.</source>
        <translation>%1はすでに応援を求めています。</translation>
    </message>
    <message>
        <source>%1 (%2) needs help: more people are needed for this role.</source>
        <translation>%1(%2)が応援を求めています: この役割にもっと人手が必要です。</translation>
    </message>
    <message>
        <source>%1 (%2) needs help: %3</source>
        <translation>%1(%2)が応援を求めています: %3</translation>
    </message>
    <message>
        <source>%1 no longer needs help.</source>
        <translation>%1の応援要請を解除しました。</translation>
    </message>
    <message>
        <source>%1 has not asked for help.</source>
        <translation>%1は応援を求めていません。</translation>
    </message>
    <message>
        <source>The Deputy / Next IC seat is open again.</source>
        <translation>副指揮官 / 次の IC の席は再び空きになりました。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Incident Commander</source>
        <translation>インシデントコマンダー</translation>
    </message>
    <message>
        <source>Holds every role not delegated. Sets objectives, assigns people and keeps the incident document current.</source>
        <translation>委任していないすべての役割を兼ねる。目標を定め、人を割り当て、インシデント文書を最新に保つ。</translation>
    </message>
    <message>
        <source>Operations lead</source>
        <translation>運用リード</translation>
    </message>
    <message>
        <source>Works with the IC to fix the problem. Only the Ops team changes the system during the incident.</source>
        <translation>IC と協力して問題を解決する。インシデント中にシステムを変更するのは運用チームだけ。</translation>
    </message>
    <message>
        <source>Communications lead</source>
        <translation>広報リード</translation>
    </message>
    <message>
        <source>The public face of the response: sends periodic updates to responders, stakeholders and customers.</source>
        <translation>対応の窓口。対応者・関係者・お客様へ定期的に状況を伝える。</translation>
    </message>
    <message>
        <source>Planning lead</source>
        <translation>計画リード</translation>
    </message>
    <message>
        <source>Supports Ops with the long view: files bugs, orders food, arranges handoffs, records changes to revert later.</source>
        <translation>長い目で運用を支える。バグの起票、食事の手配、引き継ぎの段取り、後で戻す変更の記録を行う。</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>記録係</translation>
    </message>
    <message>
        <source>Writes the timeline as it happens: decisions, actions and observations, with their times.</source>
        <translation>決定・対応・観察を時刻とともにその場でタイムラインに書き留める。</translation>
    </message>
    <message>
        <source>Deputy / Next IC</source>
        <translation>副指揮官 / 次の IC</translation>
    </message>
    <message>
        <source>Shadows the IC, ready to take command at the next handoff; covers when the IC steps away.</source>
        <translation>IC に付き添い、次の引き継ぎで指揮を執れるよう備える。IC が離れるときは代わりを務める。</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>連絡調整役</translation>
    </message>
    <message>
        <source>Connects the response with other teams, vendors and partners: brings their status in and our requests out.</source>
        <translation>他チーム・ベンダー・パートナーと対応をつなぎ、相手の状況を取り込み、こちらの依頼を伝える。</translation>
    </message>
    <message>
        <source>Subject-matter expert</source>
        <translation>専門家 (SME)</translation>
    </message>
    <message>
        <source>Knows one system deeply; advises Ops and the IC, and changes nothing without Ops.</source>
        <translation>特定のシステムに精通し、運用と IC に助言する。運用を通さずに変更はしない。</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Import roster</source>
        <translation>名簿の取り込み</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>名簿の書き出し</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows and import the file again:</source>
        <translation>何も取り込みませんでした。次の行を直してから、もう一度取り込んでください:</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>取り込み完了: %1 人追加、%2 人更新。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n people to %1.</source>
        <translation>
            <numerusform>%1 に %n 人を書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>名簿</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV を取り込む…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV を書き出す…</translation>
    </message>
    <message>
        <source>Columns: name, handle, phone, email, team, languages, skills. A row whose handle is already on the roster updates that person.</source>
        <translation>列: name, handle, phone, email, team, languages, skills。名簿にすでにあるハンドルの行は、その人の情報を更新します。</translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <source>New on-call rotation</source>
        <translation>新しいオンコールのローテーション</translation>
    </message>
    <message>
        <source>Override a rotation</source>
        <translation>ローテーションの代理を設定</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>週替わり</translation>
    </message>
    <message>
        <source>Custom shift length</source>
        <translation>シフトの長さを指定</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Suggests people for:</source>
        <translation>おすすめする役割:</translation>
    </message>
    <message>
        <source>Shifts:</source>
        <translation>シフト:</translation>
    </message>
    <message>
        <source>Shift length:</source>
        <translation>シフトの長さ:</translation>
    </message>
    <message>
        <source>First shift starts:</source>
        <translation>最初のシフトの開始:</translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation>ローテーション:</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>枠:</translation>
    </message>
    <message>
        <source>Covered by:</source>
        <translation>代理の担当者:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>終了:</translation>
    </message>
    <message>
        <source>Members, in turn order (drag to reorder):</source>
        <translation>メンバー(担当順。ドラッグで並べ替え):</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical: the service is down or data is at risk for many customers. All hands, executives informed.</source>
        <translation>致命的: サービスが停止している、または多くのお客様のデータが危険にさらされている。総力で対応し、経営層にも報告する。</translation>
    </message>
    <message>
        <source>Major: a core feature is broken or badly degraded for a significant share of customers.</source>
        <translation>重大: 主要な機能が壊れている、または相当数のお客様に対して大きく劣化している。</translation>
    </message>
    <message>
        <source>Minor: partial degradation with a workaround, or few customers affected.</source>
        <translation>軽微: 回避策のある部分的な劣化、または影響を受けるお客様が少ない。</translation>
    </message>
    <message>
        <source>Low: no customer impact yet; a risk that needs coordinated attention.</source>
        <translation>低: まだお客様への影響はないが、連携して対処すべきリスクがある。</translation>
    </message>
</context>
<context>
    <name>SqlErrorText</name>
    <message>
        <source>The disk is full, so the change could not be saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>ディスクがいっぱいのため、変更を保存できませんでした。空きを作ってからやり直してください。保存済みの内容は失われていません。</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>データベースを別のプログラムが使用中です。少し待ってからやり直してください。</translation>
    </message>
    <message>
        <source>The database file is read-only. Check its permissions.</source>
        <translation>データベースファイルが読み取り専用です。権限を確認してください。</translation>
    </message>
    <message>
        <source>The database file could not be read or written (input/output error).</source>
        <translation>データベースファイルを読み書きできませんでした(入出力エラー)。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not an Incident Commander database.</source>
        <translation>データベースファイルが破損しているか、Incident Commander のデータベースではありません。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>データベースエラー: %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Recorded %1</source>
        <translation>記録: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>記入者</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>What happened? Enter saves the entry.</source>
        <translation>何が起きましたか?Enter で保存します。</translation>
    </message>
</context>
<context>
    <name>TimelineService</name>
    <message>
        <source>A timeline entry needs some text.</source>
        <translation>タイムラインの記録には文章が必要です。</translation>
    </message>
    <message>
        <source>The entry is too long (%1 characters; at most %2).</source>
        <translation>記録が長すぎます(%1 文字。最大 %2 文字)。</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>インシデント %1 は存在しません。</translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>There is no timeline entry %1.</source>
        <translation>タイムラインの記録 %1 はありません。</translation>
    </message>
    <message>
        <source>The entry was changed elsewhere in the meantime. Reload and try again.</source>
        <translation>その間に別の場所で記録が変更されました。再読み込みしてからやり直してください。</translation>
    </message>
</context>
</TS>
