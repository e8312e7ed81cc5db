<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <name>Commands</name>
        <message>
            <source>Usage: icctl [--db FILE] [--json] [--lang ja|en] [--as NAME] COMMAND ...</source>
            <translation>使い方: icctl [--db ファイル] [--json] [--lang ja|en] [--as 名前] コマンド ...</translation>
        </message>
        <message>
            <source>Option %1 needs a value.</source>
            <translation>オプション %1 には値が必要です。</translation>
        </message>
        <message>
            <source>Unknown language "%1"; use ja or en.</source>
            <translation>言語「%1」は使えません。ja か en を指定してください。</translation>
        </message>
        <message>
            <source>Unknown command: %1</source>
            <translation>不明なコマンドです: %1</translation>
        </message>
        <message>
            <source>Declare an incident; prints its id and code.</source>
            <translation>インシデントを宣言し、ID とコードを表示します。</translation>
        </message>
        <message>
            <source>List incidents, open ones first.</source>
            <translation>インシデントの一覧を表示します(対応中のものが先)。</translation>
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
            <source>Add an entry to an incident's timeline.</source>
            <translation>インシデントのタイムラインに記録を追加します。</translation>
        </message>
        <message>
            <source>List an incident's timeline, newest first.</source>
            <translation>インシデントのタイムラインを新しい順に表示します。</translation>
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
            <translation>%1 は新しいバージョンの Incident Commander で書き込まれています(スキーマ %2、このバージョンが扱えるのは %3 まで)。プログラムを更新してください。ファイルには手を加えていません。</translation>
        </message>
        <message>
            <source>A backup cannot overwrite the database it copies.</source>
            <translation>バックアップで元のデータベース自身を上書きすることはできません。</translation>
        </message>
        <message>
            <source>The backup could not be written to %1.</source>
            <translation>バックアップを %1 に書き込めませんでした。</translation>
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
            <translation>まだ「はい」はありません。早めの宣言に損はありません。迷ったら宣言しましょう。</translation>
        </message>
        <message>
            <source>Declare drill</source>
            <translation>訓練として宣言</translation>
        </message>
        <message>
            <source>Declare</source>
            <translation>宣言する</translation>
        </message>
        <message>
            <source>Declare incident</source>
            <translation>インシデントの宣言</translation>
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
            <translation>迷ったら高いほうの重大度を選んでください。</translation>
        </message>
        <message>
            <source>Customer &amp;impact:</source>
            <translation>顧客への影響(&amp;I):</translation>
        </message>
        <message>
            <source>Who is affected and how</source>
            <translation>誰がどのような影響を受けているか</translation>
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
            <translation>問題の修復に別のチームの協力が必要</translation>
        </message>
        <message>
            <source>Customers see the outage</source>
            <translation>障害がユーザーに影響している</translation>
        </message>
        <message>
            <source>Still unsolved after an hour of concentrated analysis</source>
            <translation>集中して 1 時間分析しても解決していない</translation>
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
            <translation>観測</translation>
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
            <translation>訓練の投入</translation>
        </message>
        <message>
            <source>Hypothesis</source>
            <translation>仮説</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>マイルストーン</translation>
        </message>
        <message>
            <source>Status change</source>
            <translation>ステータス変更</translation>
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
            <translation>--severity は必須です(SEV1、SEV2、SEV3、SEV4 のいずれか。迷ったら高いほうを選んでください)。</translation>
        </message>
        <message>
            <source>Unknown severity "%1": use SEV1, SEV2, SEV3 or SEV4.</source>
            <translation>重大度「%1」は不明です。SEV1、SEV2、SEV3、SEV4 のいずれかを指定してください。</translation>
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
            <source>Unknown status "%1": use investigating, identified, monitoring, resolved or closed.</source>
            <translation>ステータス「%1」は不明です。investigating、identified、monitoring、resolved、closed のいずれかを指定してください。</translation>
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
            <translation>更新日時</translation>
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
            <translation>早めに宣言しましょう。別のチームの協力が必要なとき、ユーザーに影響が出ているとき、集中して 1 時間分析しても解決しないときが目安です。</translation>
        </message>
        <message>
            <source>Show drills</source>
            <translation>訓練も表示</translation>
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
            <translation>タイトルが長すぎます(%1 文字。上限は %2 文字)。</translation>
        </message>
        <message>
            <source>The summary or impact text is too long (at most %1 characters).</source>
            <translation>概要または影響の文章が長すぎます(上限は %1 文字)。</translation>
        </message>
        <message>
            <source>Incident declared: %1 (%2)</source>
            <translation>インシデントを宣言: %1(%2)</translation>
        </message>
        <message>
            <source>Incident opened for investigation: %1 (%2)</source>
            <translation>調査のためインシデントを起票: %1(%2)</translation>
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
            <translation>解決済み</translation>
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
            <translation>インシデント %1 は存在しません。</translation>
        </message>
    </context>
    <context>
        <name>IncidentWorkspace</name>
        <message>
            <source>Select an incident on the left, or declare a new one.</source>
            <translation>左の一覧からインシデントを選ぶか、新しく宣言してください。</translation>
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
            <source>Unknown entry kind "%1". Known kinds: %2</source>
            <translation>記録の種類「%1」は不明です。使える種類: %2</translation>
        </message>
        <message>
            <source>"%1" is not an ISO 8601 time such as 2026-11-29T09:30:00+09:00.</source>
            <translation>「%1」は 2026-11-29T09:30:00+09:00 のような ISO 8601 形式の日時ではありません。</translation>
        </message>
        <message>
            <source>--limit needs a positive number.</source>
            <translation>--limit には正の数を指定してください。</translation>
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
            <translation>バックアップを %1 に保存しました</translation>
        </message>
        <message>
            <source>About Incident Commander</source>
            <translation>Incident Commander について</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Incident Commander %1&lt;/h3&gt;&lt;p&gt;Command an incident the way the SRE book teaches: declare early, give every role an owner, hand off command explicitly, keep the incident document current and update stakeholders on time — and rehearse it all in offline drills.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Incident Commander %1&lt;/h3&gt;&lt;p&gt;SRE 本が教えるやり方でインシデントを指揮します。早めに宣言し、すべての役割に担当者を置き、指揮は明示的に引き継ぎ、インシデントドキュメントを常に最新に保ち、関係者へ遅れずに報告する。そして、それらすべてをオフラインの訓練で練習できます。&lt;/p&gt;</translation>
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
            <translation>顧客への影響:</translation>
        </message>
        <message>
            <source>(not described yet)</source>
            <translation>(まだ記入されていません)</translation>
        </message>
        <message>
            <source>Summary:</source>
            <translation>概要:</translation>
        </message>
        <message>
            <source>(not written yet)</source>
            <translation>(まだ書かれていません)</translation>
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
            <translation>まだ宣言されていません</translation>
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
            <translation>ユーザーへの影響あり:</translation>
        </message>
        <message>
            <source>Unsolved after an hour:</source>
            <translation>1 時間たっても未解決:</translation>
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
        <name>Severity</name>
        <message>
            <source>Critical: the service is down or data is at risk for many customers. All hands, executives informed.</source>
            <translation>致命的: サービスが停止している、または多くのお客様のデータが危険にさらされている。総力で対応し、経営層に報告する。</translation>
        </message>
        <message>
            <source>Major: a core feature is broken or badly degraded for a significant share of customers.</source>
            <translation>重大: 主要な機能が壊れている、またはかなりの割合のお客様で大きく劣化している。</translation>
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
            <translation>ディスクがいっぱいのため、変更を保存できませんでした。空き容量を確保してからやり直してください。保存済みのデータは失われていません。</translation>
        </message>
        <message>
            <source>The database is busy in another program. Try again in a moment.</source>
            <translation>データベースは別のプログラムが使用中です。少し待ってからやり直してください。</translation>
        </message>
        <message>
            <source>The database file is read-only. Check its permissions.</source>
            <translation>データベースファイルが読み取り専用です。アクセス権を確認してください。</translation>
        </message>
        <message>
            <source>The database file could not be read or written (input/output error).</source>
            <translation>データベースファイルの読み書きができませんでした(入出力エラー)。</translation>
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
            <translation>記録日時 %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>日時</translation>
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
            <translation>何が起きましたか? Enter で保存します。</translation>
        </message>
    </context>
    <context>
        <name>TimelineService</name>
        <message>
            <source>A timeline entry needs some text.</source>
            <translation>タイムラインの記録には本文が必要です。</translation>
        </message>
        <message>
            <source>The entry is too long (%1 characters; at most %2).</source>
            <translation>記録が長すぎます(%1 文字。上限は %2 文字)。</translation>
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
            <translation>タイムラインの記録 %1 は存在しません。</translation>
        </message>
        <message>
            <source>The entry was changed elsewhere in the meantime. Reload and try again.</source>
            <translation>この記録は別の場所で変更されました。再読み込みしてからやり直してください。</translation>
        </message>
    </context>
</TS>
