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
        <message>
            <source>## %1 (%2 – %3 UTC)

</source>
            <translation>## %1（%2 – %3 UTC）

</translation>
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
        <name>AdHocItemDialog</name>
        <message>
            <source>Add checklist item</source>
            <translation>チェックリスト項目を追加</translation>
        </message>
        <message>
            <source>What needs doing, by whom, by when? One language is enough; the other shows the same text until someone translates it.</source>
            <translation>何を、誰が、いつまでにしますか？ 入力はどちらか一方の言語で十分です。翻訳されるまで、もう一方の言語でも同じ文が表示されます。</translation>
        </message>
    </context>
    <context>
        <name>AssignmentEnd</name>
        <message>
            <source>Released</source>
            <translation>役割解除</translation>
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
        <name>Audience</name>
        <message>
            <source>Responders</source>
            <translation>対応メンバー</translation>
        </message>
        <message>
            <source>Executives</source>
            <translation>経営層</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>お客様</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>No data</source>
            <translation>データなし</translation>
        </message>
    </context>
    <context>
        <name>BrainstormPanel</name>
        <message>
            <source>Brainstorm</source>
            <translation>ブレスト</translation>
        </message>
        <message>
            <source>%1  %2 — %3 (%4)</source>
            <translation>%1  %2 — %3（%4）</translation>
        </message>
        <message>
            <source>Collect every hypothesis and idea first, without judging: wild ideas are welcome, quantity before quality, combine and improve. Confirm or rule them out later; each verdict is written on the timeline.</source>
            <translation>まずは仮説やアイデアを評価せずにすべて書き出します。突飛なアイデアも歓迎、質より量、組み合わせて改良しましょう。確認・否定は後で行い、その判断はタイムラインに記録されます。</translation>
        </message>
        <message>
            <source>A hypothesis or an idea (Enter adds it)</source>
            <translation>仮説やアイデア（Enter で追加）</translation>
        </message>
        <message>
            <source>Confirmed (Ctrl+Shift+Y)</source>
            <translation>確認済み（Ctrl+Shift+Y）</translation>
        </message>
        <message>
            <source>Ruled out (Ctrl+Shift+N)</source>
            <translation>否定（Ctrl+Shift+N）</translation>
        </message>
        <message>
            <source>Reopen (Ctrl+Shift+U)</source>
            <translation>未判断に戻す（Ctrl+Shift+U）</translation>
        </message>
    </context>
    <context>
        <name>BrainstormService</name>
        <message>
            <source>Hypothesis confirmed: %1</source>
            <translation>仮説を確認: %1</translation>
        </message>
        <message>
            <source>Hypothesis ruled out: %1</source>
            <translation>仮説を否定: %1</translation>
        </message>
        <message>
            <source>Hypothesis reopened: %1</source>
            <translation>仮説を再検討: %1</translation>
        </message>
        <message>
            <source>The note is too long (at most %1 characters).</source>
            <translation>メモが長すぎます（%1 文字まで）。</translation>
        </message>
    </context>
    <context>
        <name>BrainstormStore</name>
        <message>
            <source>There is no idea %1.</source>
            <translation>アイデア %1 はありません。</translation>
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
        <name>CadenceCommands</name>
        <message>
            <source>Use: cadence set responders|executives|customers SEV1..SEV4 MINUTES (0 for no fixed cadence).</source>
            <translation>使い方: cadence set responders|executives|customers SEV1..SEV4 分数 (0 は定期報告なし)。</translation>
        </message>
    </context>
    <context>
        <name>CadenceService</name>
        <message>
            <source>An update interval is between 0 (no fixed cadence) and 1440 minutes.</source>
            <translation>報告間隔は 0 (定期報告なし) から 1440 分の間で指定してください。</translation>
        </message>
    </context>
    <context>
        <name>CadenceStrip</name>
        <message>
            <source>%1: no updates due</source>
            <translation>%1: 報告の予定なし</translation>
        </message>
        <message>
            <source>%1: no fixed cadence</source>
            <translation>%1: 定期報告なし</translation>
        </message>
        <message numerus="yes">
            <source>%1: update overdue by %n min</source>
            <translation>
                <numerusform>%1: 報告が %n 分遅れています</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: next update in %2 (every %n min)</source>
            <translation>
                <numerusform>%1: 次回報告まで %2 (%n 分ごと)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChangeCommands</name>
        <message>
            <source>reverted %1 by %2</source>
            <translation>%1 に %2 が切り戻し済み</translation>
        </message>
        <message>
            <source>in place</source>
            <translation>適用中</translation>
        </message>
    </context>
    <context>
        <name>ChangeDialog</name>
        <message>
            <source>Change made to production</source>
            <translation>本番環境への変更</translation>
        </message>
        <message>
            <source>e.g. Disabled the nightly batch on db-2</source>
            <translation>例: db-2 の夜間バッチを停止</translation>
        </message>
        <message>
            <source>e.g. Re-enable the cron entry in /etc/cron.d/batch</source>
            <translation>例: /etc/cron.d/batch の cron を再度有効にする</translation>
        </message>
        <message>
            <source>What was changed:</source>
            <translation>変更内容:</translation>
        </message>
        <message>
            <source>Who changed it:</source>
            <translation>実施者:</translation>
        </message>
        <message>
            <source>When (local time):</source>
            <translation>日時（現地時刻）:</translation>
        </message>
        <message>
            <source>How to revert:</source>
            <translation>切り戻し方法:</translation>
        </message>
    </context>
    <context>
        <name>ChangeFactSource</name>
        <message>
            <source>Changes to production: the incident's change log, each change at the time it was made; edits and reverts are not new changes.</source>
            <translation>本番環境への変更: インシデントの本番変更の記録から、各変更をそれを行った時刻で数えます。編集や切り戻しは新しい変更として数えません。</translation>
        </message>
    </context>
    <context>
        <name>ChangeService</name>
        <message>
            <source>Say what was changed in production.</source>
            <translation>本番環境で何を変更したかを入力してください。</translation>
        </message>
        <message>
            <source>The description is too long (at most %1 characters).</source>
            <translation>説明が長すぎます（最大 %1 文字）。</translation>
        </message>
        <message>
            <source>Production change: %1</source>
            <translation>本番変更: %1</translation>
        </message>
        <message>
            <source>Production change: %1
To revert: %2</source>
            <translation>本番変更: %1
切り戻し方法: %2</translation>
        </message>
        <message>
            <source>This change was already reverted by %1.</source>
            <translation>この変更は %1 により既に切り戻されています。</translation>
        </message>
        <message>
            <source>Production change reverted: %1</source>
            <translation>本番変更を切り戻し: %1</translation>
        </message>
    </context>
    <context>
        <name>ChangeStore</name>
        <message>
            <source>There is no production change %1.</source>
            <translation>本番変更 %1 はありません。</translation>
        </message>
        <message>
            <source>The change was edited elsewhere in the meantime. Reload and try again.</source>
            <translation>この変更は別の場所で編集されました。再読み込みしてからやり直してください。</translation>
        </message>
    </context>
    <context>
        <name>ChangesWidget</name>
        <message>
            <source>Reverted %1 by %2</source>
            <translation>%1 に %2 が切り戻し</translation>
        </message>
        <message>
            <source>Still in place</source>
            <translation>適用中（未切り戻し）</translation>
        </message>
        <message>
            <source>Mark as reverted</source>
            <translation>切り戻し済みにする</translation>
        </message>
        <message>
            <source>Has this change been put back?

%1

How: %2</source>
            <translation>この変更は元に戻されましたか？

%1

方法: %2</translation>
        </message>
        <message>
            <source>Version %1 (%2): %3 — by %4 at %5 — revert: %6 — %7</source>
            <translation>版 %1（%2）: %3 — %4、%5 — 切り戻し方法: %6 — %7</translation>
        </message>
        <message>
            <source>current</source>
            <translation>現在</translation>
        </message>
        <message>
            <source>replaced %1 by %2</source>
            <translation>%1 に %2 が更新</translation>
        </message>
        <message>
            <source>reverted</source>
            <translation>切り戻し済み</translation>
        </message>
        <message>
            <source>in place</source>
            <translation>適用中</translation>
        </message>
        <message>
            <source>History of the change</source>
            <translation>変更の履歴</translation>
        </message>
        <message>
            <source>Changes made to production</source>
            <translation>本番環境への変更</translation>
        </message>
        <message>
            <source>Record change…</source>
            <translation>変更を記録…</translation>
        </message>
        <message>
            <source>Record a change made to production (Ctrl+Shift+A)</source>
            <translation>本番環境への変更を記録（Ctrl+Shift+A）</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>修正…</translation>
        </message>
        <message>
            <source>Mark reverted</source>
            <translation>切り戻し済みにする</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>履歴…</translation>
        </message>
        <message>
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>実施者</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>How to revert</source>
            <translation>切り戻し方法</translation>
        </message>
        <message>
            <source>Reverted?</source>
            <translation>切り戻し</translation>
        </message>
    </context>
    <context>
        <name>ChannelCommands</name>
        <message>
            <source>--kind must be one of %1.</source>
            <translation>--kind には %1 のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>--audience must be responders, executives or customers.</source>
            <translation>--audience には responders、executives、customers のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>Signing secret for the receiver (shown only now): %1</source>
            <translation>受信側に設定する署名シークレット (表示はこの一度だけです): %1</translation>
        </message>
        <message>
            <source>enabled</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>無効</translation>
        </message>
        <message>
            <source>drills</source>
            <translation>訓練でも使用</translation>
        </message>
        <message>
            <source>secret: set</source>
            <translation>シークレット: 設定済み</translation>
        </message>
        <message>
            <source>secret: none</source>
            <translation>シークレット: なし</translation>
        </message>
        <message>
            <source>Test message queued; %1 delivers it.</source>
            <translation>テストメッセージを送信キューに入れました。配信は %1 が行います。</translation>
        </message>
        <message>
            <source>Test message delivered to %1.</source>
            <translation>テストメッセージを %1 に配信しました。</translation>
        </message>
        <message>
            <source>Test message not delivered (%1): %2</source>
            <translation>テストメッセージを配信できませんでした (%1): %2</translation>
        </message>
        <message>
            <source>, </source>
            <comment>separator between the flags of a channel</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>--secret and --no-secret, --enable and --disable, --drill and --no-drill exclude each other.</source>
            <translation>--secret と --no-secret、--enable と --disable、--drill と --no-drill は同時に指定できません。</translation>
        </message>
        <message>
            <source>--secret needs a value; use --no-secret to remove the secret.</source>
            <translation>--secret には値が必要です。署名シークレットを消すには --no-secret を使ってください。</translation>
        </message>
    </context>
    <context>
        <name>ChannelDialog</name>
        <message>
            <source>Test message queued (outbox message %1). Its delivery shows in the outbox.</source>
            <translation>テストメッセージを送信キューに入れました (メッセージ %1)。配信状況は送信キューで確認できます。</translation>
        </message>
        <message>
            <source>Copy this secret into the receiving service now: it is not shown again once saved.</source>
            <translation>このシークレットを今すぐ受信側のサービスに設定してください。保存後は二度と表示されません。</translation>
        </message>
        <message>
            <source>Channel settings</source>
            <translation>チャンネル設定</translation>
        </message>
        <message>
            <source>New channel</source>
            <translation>新しいチャンネル</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名前:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>種類:</translation>
        </message>
        <message>
            <source>Webhook URL:</source>
            <translation>Webhook URL:</translation>
        </message>
        <message>
            <source>Signing secret:</source>
            <translation>署名シークレット:</translation>
        </message>
        <message>
            <source>Audience:</source>
            <translation>宛先:</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>有効にする</translation>
        </message>
        <message>
            <source>Use during drills (drill updates are otherwise kept in the outbox)</source>
            <translation>訓練中も使用する (使用しない場合、訓練の報告は送信キューに保管されます)</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>Send test</source>
            <translation>テスト送信</translation>
        </message>
        <message>
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <source>Set — leave empty to keep it</source>
            <translation>設定済み — 変更しない場合は空欄のまま</translation>
        </message>
        <message>
            <source>whsec_… (generic JSON only)</source>
            <translation>whsec_… (汎用 JSON のみ)</translation>
        </message>
        <message>
            <source>HTTPS is required, except for addresses on this computer. The secret signs generic JSON events (Standard Webhooks) and is never shown, logged or exported.</source>
            <translation>このコンピューター上のアドレスを除き HTTPS が必須です。シークレットは汎用 JSON イベントの署名 (Standard Webhooks) に使われ、画面表示・ログ出力・エクスポートは一切されません。</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
    </context>
    <context>
        <name>ChannelKind</name>
        <message>
            <source>Slack</source>
            <translation>Slack</translation>
        </message>
        <message>
            <source>Mattermost</source>
            <translation>Mattermost</translation>
        </message>
        <message>
            <source>Microsoft Teams (Workflows)</source>
            <translation>Microsoft Teams (ワークフロー)</translation>
        </message>
        <message>
            <source>Discord</source>
            <translation>Discord</translation>
        </message>
        <message>
            <source>Generic JSON (CloudEvents, signed)</source>
            <translation>汎用 JSON (CloudEvents・署名付き)</translation>
        </message>
    </context>
    <context>
        <name>ChannelPicker</name>
        <message>
            <source>Disabled: %1</source>
            <translation>無効: %1</translation>
        </message>
        <message>
            <source>Add channel…</source>
            <translation>チャンネルを追加…</translation>
        </message>
        <message>
            <source>Channel settings…</source>
            <translation>チャンネル設定…</translation>
        </message>
    </context>
    <context>
        <name>ChannelService</name>
        <message>
            <source>A channel needs a name.</source>
            <translation>チャンネルには名前が必要です。</translation>
        </message>
        <message>
            <source>The channel name is too long (at most %1 characters).</source>
            <translation>チャンネル名が長すぎます (最大 %1 文字)。</translation>
        </message>
        <message>
            <source>"%1" is not a web address. Paste the webhook URL the service gave you.</source>
            <translation>「%1」は Web アドレスではありません。サービスから発行された Webhook URL を貼り付けてください。</translation>
        </message>
        <message>
            <source>The URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Webhook addresses must use HTTPS (plain HTTP is allowed only for this computer, such as 127.0.0.1).</source>
            <translation>Webhook のアドレスには HTTPS を使ってください (HTTP が使えるのは 127.0.0.1 など、このコンピューター上のアドレスだけです)。</translation>
        </message>
        <message>
            <source>A channel named "%1" already exists.</source>
            <translation>「%1」という名前のチャンネルはすでにあります。</translation>
        </message>
        <message>
            <source>Not sent: the channel was removed.</source>
            <translation>未送信: チャンネルが削除されました。</translation>
        </message>
        <message>
            <source>There is no channel named "%1".</source>
            <translation>「%1」という名前のチャンネルはありません。</translation>
        </message>
    </context>
    <context>
        <name>ChannelStore</name>
        <message>
            <source>There is no channel %1.</source>
            <translation>チャンネル %1 はありません。</translation>
        </message>
    </context>
    <context>
        <name>ChecklistCommands</name>
        <message>
            <source>Unknown role "%1". Use one of %2, or custom:&lt;name&gt;.</source>
            <translation>役割「%1」は存在しません。%2 のいずれか、または custom:&lt;名前&gt; を指定してください。</translation>
        </message>
        <message numerus="yes">
            <source>within %n min</source>
            <translation>
                <numerusform>%n 分以内</numerusform>
            </translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>期限超過</translation>
        </message>
        <message>
            <source>%1 by %2 at %3</source>
            <translation>%1（%2、%3）</translation>
        </message>
        <message>
            <source>reason: %1</source>
            <translation>理由: %1</translation>
        </message>
        <message>
            <source>--reason is required: say why.</source>
            <translation>--reason は必須です。理由を書いてください。</translation>
        </message>
        <message>
            <source>--phase must be one of %1.</source>
            <translation>--phase には %1 のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>--timebox needs a positive number of minutes.</source>
            <translation>--timebox には正の分数を指定してください。</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) added.</source>
            <translation>
                <numerusform>%n 項目を追加しました。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecklistFactSource</name>
        <message>
            <source>Checklist: the incident's checklist items, done against all items (a skipped item is not done), and when the last one was ticked.</source>
            <translation>チェックリスト: インシデントのチェックリストの全項目に対する完了した項目の割合 (スキップした項目は未完了として扱います) と、最後に項目を完了にした時刻。</translation>
        </message>
    </context>
    <context>
        <name>ChecklistFormat</name>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n 分</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n 時間</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 時間 %2 分</translation>
        </message>
        <message>
            <source>within %1 of declaring</source>
            <translation>宣言から %1以内</translation>
        </message>
        <message>
            <source>overdue since %1</source>
            <translation>%1 から期限超過</translation>
        </message>
        <message>
            <source>by %1 (%2)</source>
            <translation>%1 まで（%2）</translation>
        </message>
        <message>
            <source>Done by %1, %2</source>
            <translation>完了: %1、%2</translation>
        </message>
        <message>
            <source>Skipped by %1, %2: %3</source>
            <translation>スキップ: %1、%2 — %3</translation>
        </message>
        <message>
            <source>Reopened by %1: %2</source>
            <translation>再開: %1 — %2</translation>
        </message>
        <message>
            <source>Owner: %1</source>
            <translation>担当: %1</translation>
        </message>
        <message>
            <source>Due: %1</source>
            <translation>期限: %1</translation>
        </message>
        <message>
            <source>Due %1 after the incident is declared</source>
            <translation>インシデント宣言から %1 後が期限</translation>
        </message>
        <message>
            <source>Overdue: this item is past its time box.</source>
            <translation>期限超過: この項目は期限を過ぎています。</translation>
        </message>
        <message>
            <source>Added during the incident by %1</source>
            <translation>対応中に %1 が追加</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation>%1（%3 件中 %2 件）</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当</translation>
        </message>
        <message>
            <source>Time box</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Done / skipped</source>
            <translation>完了・スキップ</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <source>Checklist</source>
            <translation>チェックリスト</translation>
        </message>
        <message>
            <source>%1 of %2 items done or skipped</source>
            <translation>%2 項目中 %1 項目が完了またはスキップ</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>期限超過 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>すべての役割</translation>
        </message>
        <message>
            <source>Reopen item</source>
            <translation>項目を再開</translation>
        </message>
        <message>
            <source>Why is this item reopened? (kept in the timeline)</source>
            <translation>この項目を再開する理由は？（タイムラインに残ります）</translation>
        </message>
        <message>
            <source>Skip item</source>
            <translation>項目をスキップ</translation>
        </message>
        <message>
            <source>Why is this item skipped? (kept in the timeline)</source>
            <translation>この項目をスキップする理由は？（タイムラインに残ります）</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>役割:</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>完了にする</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>再開…</translation>
        </message>
        <message>
            <source>Skip…</source>
            <translation>スキップ…</translation>
        </message>
        <message>
            <source>Add item…</source>
            <translation>項目を追加…</translation>
        </message>
        <message>
            <source>Edit templates…</source>
            <translation>テンプレートを編集…</translation>
        </message>
        <message>
            <source>Double-click an open item, or press Space, to mark it done.</source>
            <translation>未完了の項目をダブルクリックするか Space キーを押すと完了になります。</translation>
        </message>
        <message>
            <source>The incident is now %1, but its checklist was made for another severity.</source>
            <translation>インシデントは現在 %1 ですが、チェックリストは別の重大度のものです。</translation>
        </message>
        <message>
            <source>Add the missing steps</source>
            <translation>足りない手順を追加</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPhase</name>
        <message>
            <source>Declare</source>
            <translation>宣言</translation>
        </message>
        <message>
            <source>Stabilise</source>
            <translation>安定化</translation>
        </message>
        <message>
            <source>Communicate</source>
            <translation>連絡</translation>
        </message>
        <message>
            <source>Hand off</source>
            <translation>引き継ぎ</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>解決</translation>
        </message>
        <message>
            <source>After the incident</source>
            <translation>事後対応</translation>
        </message>
    </context>
    <context>
        <name>ChecklistService</name>
        <message>
            <source>"%1" is not a checklist item number; use the number shown by "checklist list".</source>
            <translation>「%1」はチェックリストの項目番号ではありません。「checklist list」で表示される番号を使ってください。</translation>
        </message>
        <message>
            <source>Say why the item is skipped.</source>
            <translation>スキップする理由を入力してください。</translation>
        </message>
        <message>
            <source>Say why the item is reopened.</source>
            <translation>再開する理由を入力してください。</translation>
        </message>
        <message>
            <source>The reason is too long (%1 characters; at most %2).</source>
            <translation>理由が長すぎます（%1 文字。最大 %2 文字）。</translation>
        </message>
        <message>
            <source>Item %1 is already %2.</source>
            <translation>項目 %1 はすでに「%2」です。</translation>
        </message>
        <message>
            <source>Checklist item %1 done: %2</source>
            <translation>チェックリスト項目 %1 完了: %2</translation>
        </message>
        <message>
            <source>Checklist item %1 skipped: %2 — reason: %3</source>
            <translation>チェックリスト項目 %1 スキップ: %2 — 理由: %3</translation>
        </message>
        <message>
            <source>Checklist item %1 reopened: %2 — reason: %3</source>
            <translation>チェックリスト項目 %1 再開: %2 — 理由: %3</translation>
        </message>
        <message>
            <source>A checklist item needs a text.</source>
            <translation>チェックリスト項目には内容が必要です。</translation>
        </message>
        <message>
            <source>The item text is too long (at most %1 characters).</source>
            <translation>項目の内容が長すぎます（最大 %1 文字）。</translation>
        </message>
        <message>
            <source>Unknown role "%1". Use one of %2, or custom:&lt;name&gt;.</source>
            <translation>役割「%1」は存在しません。%2 のいずれか、または custom:&lt;名前&gt; を指定してください。</translation>
        </message>
        <message>
            <source>The time box must be between 1 and %1 minutes, or none.</source>
            <translation>期限は 1〜%1 分の範囲で指定するか、なしにしてください。</translation>
        </message>
        <message>
            <source>Checklist item %1 added: %2</source>
            <translation>チェックリスト項目 %1 を追加: %2</translation>
        </message>
        <message>
            <source>Checklist item %1 added for %2: %3</source>
            <translation>チェックリスト項目 %1 を %2 向けに追加: %3</translation>
        </message>
        <message numerus="yes">
            <source>Checklist extended for %1 from the template "%2": %n item(s) added.</source>
            <translation>
                <numerusform>%1 向けにテンプレート「%2」からチェックリストを拡張: %n 項目を追加しました。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecklistState</name>
        <message>
            <source>Open</source>
            <translation>未完了</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>スキップ</translation>
        </message>
    </context>
    <context>
        <name>ChecklistStore</name>
        <message>
            <source>There is no checklist item %1.</source>
            <translation>チェックリスト項目 %1 は存在しません。</translation>
        </message>
        <message>
            <source>The checklist has no item %1.</source>
            <translation>チェックリストに項目 %1 はありません。</translation>
        </message>
        <message>
            <source>Incident %1 has no checklist.</source>
            <translation>インシデント %1 にはチェックリストがありません。</translation>
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
        <name>CliParseMessages</name>
        <message>
            <source>"%1" is not an ISO 8601 time such as 2026-11-29T09:30:00+09:00.</source>
            <translation>「%1」は 2026-11-29T09:30:00+09:00 のような ISO 8601 形式の日時ではありません。</translation>
        </message>
        <message>
            <source>Unknown entry kind "%1". Known kinds: %2</source>
            <translation>不明な種別「%1」です。使える種別: %2</translation>
        </message>
        <message>
            <source>Unknown milestone "%1". Known milestones: %2</source>
            <translation>不明なマイルストーン「%1」です。使えるマイルストーン: %2</translation>
        </message>
        <message>
            <source>Unknown role "%1". Known roles: %2</source>
            <translation>不明な役割「%1」です。使える役割: %2</translation>
        </message>
        <message>
            <source>"%1" is not a number.</source>
            <translation>「%1」は数値ではありません。</translation>
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
        <message>
            <source>Resolved after %1</source>
            <translation>%1 で解決</translation>
        </message>
        <message>
            <source>Declared just now</source>
            <translation>宣言したばかり</translation>
        </message>
        <message>
            <source>Declared %1 ago</source>
            <translation>宣言から %1</translation>
        </message>
        <message>
            <source>Investigating for %1</source>
            <translation>調査開始から %1</translation>
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
        <message>
            <source>Record a change made to production and how to revert it.</source>
            <translation>本番環境への変更と切り戻し方法を記録します。</translation>
        </message>
        <message>
            <source>List the changes made to production during an incident.</source>
            <translation>インシデント中に行った本番環境への変更を一覧表示します。</translation>
        </message>
        <message>
            <source>Correct a recorded change; the earlier version is kept.</source>
            <translation>記録した変更を修正します（以前の版は残ります）。</translation>
        </message>
        <message>
            <source>Mark a production change as reverted.</source>
            <translation>本番変更を切り戻し済みにします。</translation>
        </message>
        <message>
            <source>Show every version of a recorded change, oldest first.</source>
            <translation>記録した変更のすべての版を古い順に表示します。</translation>
        </message>
        <message>
            <source>Show the incident document's header (summary, status, exit criteria …).</source>
            <translation>インシデント文書の冒頭（概要、状況、終了条件など）を表示します。</translation>
        </message>
        <message>
            <source>Set a field of the incident document; earlier text is kept.</source>
            <translation>インシデント文書の項目を設定します（以前の内容は残ります）。</translation>
        </message>
        <message>
            <source>Show every version of a field of the incident document.</source>
            <translation>インシデント文書の項目のすべての版を表示します。</translation>
        </message>
        <message>
            <source>Put a hypothesis or idea on the brainstorm board.</source>
            <translation>仮説やアイデアをブレインストーミングボードに追加します。</translation>
        </message>
        <message>
            <source>List the brainstorm board.</source>
            <translation>ブレインストーミングボードを表示します。</translation>
        </message>
        <message>
            <source>Confirm or rule out an idea (recorded on the timeline).</source>
            <translation>アイデアを確認または否定します（タイムラインに記録されます）。</translation>
        </message>
        <message>
            <source>Search an incident's timeline (Japanese and English, any part of a word).</source>
            <translation>インシデントのタイムラインを検索します（日本語・英語、語の一部でも可）。</translation>
        </message>
        <message>
            <source>Edit a timeline entry; the earlier version is kept.</source>
            <translation>タイムラインの記録を編集します（以前の版は残ります）。</translation>
        </message>
        <message>
            <source>Delete a timeline entry (it stays in the history and can be restored).</source>
            <translation>タイムラインの記録を削除します（履歴に残り、復元できます）。</translation>
        </message>
        <message>
            <source>Restore a deleted timeline entry.</source>
            <translation>削除したタイムラインの記録を復元します。</translation>
        </message>
        <message>
            <source>Show every version of a timeline entry, oldest first.</source>
            <translation>タイムラインの記録のすべての版を古い順に表示します。</translation>
        </message>
        <message>
            <source>List the bundled drill scenarios.</source>
            <translation>同梱の訓練シナリオを一覧表示します。</translation>
        </message>
        <message>
            <source>Check a scenario file; says where and why it is wrong. Writes nothing.</source>
            <translation>シナリオファイルを検証し、誤りの場所と理由を示します。何も書き込みません。</translation>
        </message>
        <message>
            <source>Play a drill headless to its end and print the scores (--json: an object).</source>
            <translation>訓練を画面なしで最後まで実行し、スコアを表示します(--json でオブジェクトとして出力)。</translation>
        </message>
        <message>
            <source>Write a drill's debrief (after-action report).</source>
            <translation>訓練の振り返り(事後レビュー)を出力します。</translation>
        </message>
        <message>
            <source>List the drills a person took part in and the role they practised.</source>
            <translation>ある人が参加した訓練と、練習した役割を一覧表示します。</translation>
        </message>
        <message>
            <source>Start a live drill on the real clock; prints the drill incident's code.</source>
            <translation>実時間で訓練を開始し、訓練インシデントのコードを表示します。</translation>
        </message>
        <message>
            <source>Show a drill's scenario clock and every inject with its state (game master).</source>
            <translation>訓練のシナリオ時刻と、各インジェクトの状態を表示します(ゲームマスター用)。</translation>
        </message>
        <message>
            <source>Fire an upcoming inject now.</source>
            <translation>予定のインジェクトを今すぐ発生させます。</translation>
        </message>
        <message>
            <source>Skip an upcoming inject.</source>
            <translation>予定のインジェクトをスキップします。</translation>
        </message>
        <message>
            <source>Delay an upcoming inject.</source>
            <translation>予定のインジェクトを遅らせます。</translation>
        </message>
        <message>
            <source>Add a free-form inject, now or after some scenario minutes.</source>
            <translation>独自のインジェクトを、今すぐまたはシナリオ上の指定分後に追加します。</translation>
        </message>
        <message>
            <source>Change a drill's speed; "step" stops the clock.</source>
            <translation>訓練の速度を変えます。「step」で時計を止めます。</translation>
        </message>
        <message>
            <source>Play the injects that have fallen due; prints how many.</source>
            <translation>予定時刻を過ぎたインジェクトを発生させ、その件数を表示します。</translation>
        </message>
        <message>
            <source>Move to the next inject and play it.</source>
            <translation>次のインジェクトまで進めて発生させます。</translation>
        </message>
        <message>
            <source>End a drill and freeze its scores.</source>
            <translation>訓練を終了し、スコアを確定します。</translation>
        </message>
        <message>
            <source>Write the debrief's "what went well" and "what to improve".</source>
            <translation>振り返りの「良かった点」と「改善点」を記入します。</translation>
        </message>
        <message>
            <source>Add a follow-up action item to an incident.</source>
            <translation>インシデントにフォローアップ(再発防止策などの対応項目)を追加します。</translation>
        </message>
        <message>
            <source>Change a follow-up's title, owner, due date, type, priority or link.</source>
            <translation>フォローアップのタイトル・担当者・期限・種類・優先度・リンクを変更します。</translation>
        </message>
        <message>
            <source>List follow-ups of one incident or of all (CSV with --csv, tracker JSON with --json).</source>
            <translation>1 件または全インシデントのフォローアップを一覧表示します(--csv で CSV、--json でトラッカー向け JSON)。</translation>
        </message>
        <message>
            <source>Mark a follow-up as done.</source>
            <translation>フォローアップを完了にします。</translation>
        </message>
        <message>
            <source>Set a follow-up's status.</source>
            <translation>フォローアップのステータスを設定します。</translation>
        </message>
        <message>
            <source>Show incident metrics: counts, time to declare, first update, mitigate and resolve (median, p90), update cadence and follow-up completion.</source>
            <translation>インシデントの指標を表示します: 件数、宣言・初回報告・緩和・解決までの時間(中央値・p90)、報告間隔の遵守率、フォローアップ完了率。</translation>
        </message>
        <message>
            <source>Write an incident's document, customer report, postmortem or executive summary as Markdown, HTML or PDF.</source>
            <translation>インシデント文書・障害報告書・ポストモーテム・経営層向けサマリーを Markdown、HTML、PDF で書き出します。</translation>
        </message>
        <message>
            <source>Show the editable wording of the customer report, postmortem and executive summary, or set one section before export.</source>
            <translation>障害報告書・ポストモーテム・経営層向けサマリーの編集できる文章を表示します。書き出す前に 1 つのセクションを設定することもできます。</translation>
        </message>
        <message>
            <source>Show an incident's checklist by phase, with owners, time boxes and overdue items.</source>
            <translation>インシデントのチェックリストをフェーズ別に、担当・期限・期限超過とともに表示します。</translation>
        </message>
        <message>
            <source>Mark a checklist item done (ITEM is its number in the list).</source>
            <translation>チェックリスト項目を完了にします（ITEM は一覧の番号）。</translation>
        </message>
        <message>
            <source>Skip a checklist item, saying why.</source>
            <translation>理由を添えてチェックリスト項目をスキップします。</translation>
        </message>
        <message>
            <source>Reopen a done or skipped checklist item, saying why.</source>
            <translation>完了またはスキップした項目を、理由を添えて再開します。</translation>
        </message>
        <message>
            <source>Add an item to an incident's checklist.</source>
            <translation>インシデントのチェックリストに項目を追加します。</translation>
        </message>
        <message>
            <source>List the checklist templates (one per severity, and the team's own).</source>
            <translation>チェックリストのテンプレート（重大度ごとの標準とチーム独自のもの）を一覧表示します。</translation>
        </message>
        <message>
            <source>Write a checklist template as JSON.</source>
            <translation>チェックリストのテンプレートを JSON で書き出します。</translation>
        </message>
        <message>
            <source>Import a checklist template from JSON; a bad file changes nothing.</source>
            <translation>JSON からチェックリストのテンプレートを取り込みます。不正なファイルでは何も変わりません。</translation>
        </message>
        <message>
            <source>After a severity change, add the steps of the new severity's template.</source>
            <translation>重大度の変更後に、新しい重大度のテンプレートの手順を追加します。</translation>
        </message>
        <message>
            <source>Show the update cadence (minutes) per severity and audience.</source>
            <translation>重大度と宛先ごとの報告間隔 (分) を表示します。</translation>
        </message>
        <message>
            <source>Change how often an audience gets updates at a severity (0: none).</source>
            <translation>ある重大度で宛先に報告する間隔を変更します (0: 定期報告なし)。</translation>
        </message>
        <message>
            <source>Add a webhook channel (HTTPS; plain HTTP only for this computer).</source>
            <translation>Webhook チャンネルを追加します (HTTPS。HTTP はこのコンピューター上のみ)。</translation>
        </message>
        <message>
            <source>List channels (secrets and URL tokens are never shown).</source>
            <translation>チャンネルを一覧表示します (シークレットや URL 内のトークンは表示しません)。</translation>
        </message>
        <message>
            <source>Remove a channel.</source>
            <translation>チャンネルを削除します。</translation>
        </message>
        <message>
            <source>Send a test message to a channel now.</source>
            <translation>チャンネルにテストメッセージを今すぐ送信します。</translation>
        </message>
        <message>
            <source>Send a stakeholder update from a template (or your text) and deliver it.</source>
            <translation>テンプレート (または入力した文面) から関係者向けの報告を作成して配信します。</translation>
        </message>
        <message>
            <source>List outbox messages with their delivery state.</source>
            <translation>送信キューのメッセージを配信状況とともに一覧表示します。</translation>
        </message>
        <message>
            <source>Deliver what is due; wait up to SECONDS for retries.</source>
            <translation>送信予定のメッセージを配信し、再試行を最大 SECONDS 秒待ちます。</translation>
        </message>
        <message>
            <source>Queue a failed or cancelled message again.</source>
            <translation>失敗またはキャンセルしたメッセージを再び送信キューに入れます。</translation>
        </message>
        <message>
            <source>Cancel a message that is not delivered yet.</source>
            <translation>まだ配信されていないメッセージをキャンセルします。</translation>
        </message>
        <message>
            <source>List message templates (bundled and your team's).</source>
            <translation>メッセージテンプレート (同梱のものとチーム独自のもの) を一覧表示します。</translation>
        </message>
        <message>
            <source>Show a template with its placeholders.</source>
            <translation>テンプレートをプレースホルダーごと表示します。</translation>
        </message>
        <message>
            <source>Add a team template, or replace a bundled one (checked for unknown placeholders).</source>
            <translation>チーム独自のテンプレートを追加するか、同梱のものを置き換えます (不明なプレースホルダーは検査されます)。</translation>
        </message>
        <message>
            <source>Remove a team template (a bundled one with that key comes back).</source>
            <translation>チーム独自のテンプレートを削除します (同じキーの同梱テンプレートが再び使われます)。</translation>
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
            <source>Let someone cover a rotation's primary (or secondary) for a while.</source>
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
            <translation>役割の割り当てを解除します。その役割はインシデントコマンダーの兼務に戻ります。</translation>
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
            <source>Put an optional role on the incident's board.</source>
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
            <source>Print a role's activity log (ICS-214).</source>
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
        <message>
            <source>Write a consistent copy of the database while it is in use (File → Back up database); never over the database itself.</source>
            <translation>使用中のデータベースの一貫したコピーを書き出します (ファイル → データベースをバックアップ)。データベース自身は上書きしません。</translation>
        </message>
        <message>
            <source>Change a channel; options not given keep their values (secrets are never shown).</source>
            <translation>チャンネルを変更します。指定しなかった項目は今の値のままです (シークレットは表示しません)。</translation>
        </message>
        <message>
            <source>Escalate or de-escalate an incident; the timeline records the change and the reason.</source>
            <translation>インシデントの重大度を上げる・下げる。変更と理由はタイムラインに記録されます。</translation>
        </message>
        <message>
            <source>Declare an incident opened with --investigate-only (the answers given add to those already recorded).</source>
            <translation>--investigate-only で開いたインシデントを宣言します (指定した回答は記録済みの回答に加わります)。</translation>
        </message>
        <message>
            <source>Import a chat transcript (a file, or - for standard input) into an incident's timeline; a bad line imports nothing.</source>
            <translation>チャットのログ (ファイル、または - で標準入力) をインシデントのタイムラインに取り込みます。不正な行があれば何も取り込みません。</translation>
        </message>
        <message>
            <source>Drop the team's version of a shipped template; its default applies again.</source>
            <translation>同梱テンプレートのチーム版を破棄し、既定の内容に戻します。</translation>
        </message>
        <message>
            <source>Delete one of the team's own templates (not a shipped one).</source>
            <translation>チーム独自のテンプレートを削除します (同梱のものは削除できません)。</translation>
        </message>
        <message>
            <source>Show every saved version of the report wording, oldest first: when, by whom, which section.</source>
            <translation>レポートの文章の保存済みの版をすべて古い順に表示します(日時・保存者・セクション)。</translation>
        </message>
        <message>
            <source>Make a version listed by report history its section's wording again; the restore is kept as a new version.</source>
            <translation>report history に表示された版を、そのセクションの現在の文章に戻します。復元は新しい版として記録されます。</translation>
        </message>
        <message>
            <source>"%1" is not a whole command. Its commands are:</source>
            <translation>「%1」だけではコマンドになりません。続けて使えるコマンド:</translation>
        </message>
    </context>
    <context>
        <name>ComposerWidget</name>
        <message>
            <source>Choose one or more channels to see the update as each will show it.</source>
            <translation>チャンネルを 1 つ以上選ぶと、それぞれでの表示をプレビューできます。</translation>
        </message>
        <message>
            <source>No channel</source>
            <translation>チャンネル未選択</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n message(s) to the outbox.</source>
            <translation>
                <numerusform>%n 件のメッセージを送信キューに入れました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n kept locally (drill).</source>
            <translation>
                <numerusform>うち %n 件は訓練のため手元に保管しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Audience:</source>
            <translation>宛先:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>言語:</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>テンプレート:</translation>
        </message>
        <message>
            <source>Fill from template</source>
            <translation>テンプレートから作成</translation>
        </message>
        <message>
            <source>Edit templates…</source>
            <translation>テンプレートを編集…</translation>
        </message>
        <message>
            <source>Replace the draft with the template filled from the incident's current state.</source>
            <translation>下書きを、インシデントの現在の状況で埋めたテンプレートに置き換えます。</translation>
        </message>
        <message>
            <source>Send to:</source>
            <translation>送信先:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>件名:</translation>
        </message>
        <message>
            <source>Message (placeholders such as {{status}} are filled in when sent):</source>
            <translation>本文 ({{status}} などのプレースホルダーは送信時に置き換えられます):</translation>
        </message>
        <message>
            <source>Preview, as each destination will show it:</source>
            <translation>プレビュー (送信先ごとの表示):</translation>
        </message>
        <message>
            <source>Send update</source>
            <translation>報告を送信</translation>
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
        <message>
            <source>%1 is a folder; give the name of the backup file to write.</source>
            <translation>%1 はフォルダーです。書き出すバックアップファイルの名前を指定してください。</translation>
        </message>
        <message>
            <source>The folder %1 does not exist; the backup was not written.</source>
            <translation>フォルダー %1 がありません。バックアップは書き出していません。</translation>
        </message>
        <message>
            <source>%1 cannot be used where it is: the database keeps two working files beside it (-wal and -shm), and the folder %2 does not allow creating them. Open a copy in a folder you can write to, or fix the folder's permissions. The file was left untouched.</source>
            <translation>%1 はこの場所では使えません。データベースはファイルの隣に作業用のファイル(-wal と -shm)を作りますが、フォルダ %2 ではそれを作成できません。書き込みできるフォルダにコピーして開くか、フォルダの権限を直してください。ファイルには手を加えていません。</translation>
        </message>
    </context>
    <context>
        <name>DebriefWindow</name>
        <message>
            <source>Saved.</source>
            <translation>保存しました。</translation>
        </message>
        <message>
            <source>Export debrief</source>
            <translation>振り返りをエクスポート</translation>
        </message>
        <message>
            <source>HTML files (*.html)</source>
            <translation>HTML ファイル (*.html)</translation>
        </message>
        <message>
            <source>Markdown files (*.md)</source>
            <translation>Markdown ファイル (*.md)</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>%1 にエクスポートしました</translation>
        </message>
        <message>
            <source>Drill debrief — DRILL</source>
            <translation>訓練の振り返り</translation>
        </message>
        <message>
            <source>Report language:</source>
            <translation>レポートの言語:</translation>
        </message>
        <message>
            <source>What went well:</source>
            <translation>良かった点:</translation>
        </message>
        <message>
            <source>What to improve:</source>
            <translation>改善点:</translation>
        </message>
        <message>
            <source>e.g. Declared within five minutes; roles were clear.</source>
            <translation>例: 5分以内に宣言できた。役割分担が明確だった。</translation>
        </message>
        <message>
            <source>e.g. The first customer update came late.</source>
            <translation>例: お客様への最初の報告が遅れた。</translation>
        </message>
        <message>
            <source>Save notes</source>
            <translation>メモを保存</translation>
        </message>
        <message>
            <source>Export Markdown…</source>
            <translation>Markdown でエクスポート…</translation>
        </message>
        <message>
            <source>Export HTML…</source>
            <translation>HTML でエクスポート…</translation>
        </message>
    </context>
    <context>
        <name>DeclarationHelper</name>
        <message>
            <source>Detected %1 ago: the hour of concentrated analysis is up.</source>
            <translation>検知から %1 経過: 集中した分析の 1 時間が過ぎました。</translation>
        </message>
        <message>
            <source>Detected %1 ago: %2 left of the first hour (until %3).</source>
            <translation>検知から %1 経過: 最初の 1 時間まで残り %2（%3 まで）。</translation>
        </message>
        <message>
            <source>At least one condition holds: declare the incident now. If unsure of the severity, pick the higher one.</source>
            <translation>条件のいずれかに当てはまります。今すぐインシデントを宣言してください。重大度に迷ったら高い方を選びます。</translation>
        </message>
        <message>
            <source>Declare as soon as any answer is yes.</source>
            <translation>どれか 1 つでも「はい」になったら宣言します。</translation>
        </message>
        <message>
            <source>Not declared yet. Should this be an incident? Declare if any answer is yes.</source>
            <translation>まだ宣言されていません。インシデントにすべきでしょうか？ どれか 1 つでも「はい」なら宣言します。</translation>
        </message>
        <message>
            <source>Is a second team needed to fix the problem?</source>
            <translation>問題の修復に別のチームの協力が必要か？</translation>
        </message>
        <message>
            <source>Is the outage visible to customers?</source>
            <translation>障害はお客様に影響しているか？</translation>
        </message>
        <message>
            <source>Still unsolved after an hour of concentrated analysis?</source>
            <translation>集中して 1 時間分析しても、まだ解決していないか？</translation>
        </message>
        <message>
            <source>Declare now</source>
            <translation>今すぐ宣言</translation>
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
            <translation>お客様への影響(&amp;I):</translation>
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
            <translation>障害がお客様に影響している</translation>
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
        <name>DeliveryOutcome</name>
        <message>
            <source>No answer within the time limit.</source>
            <translation>制限時間内に応答がありませんでした。</translation>
        </message>
        <message>
            <source>Network error: %1</source>
            <translation>ネットワークエラー: %1</translation>
        </message>
        <message>
            <source>The server answered %1.</source>
            <translation>サーバーの応答: %1</translation>
        </message>
        <message>
            <source>The server answered 410 Gone: the webhook was deleted. The channel was disabled; create a new webhook and update the channel.</source>
            <translation>サーバーが 410 Gone を返しました。Webhook は削除されています。チャンネルを無効にしました。新しい Webhook を作成してチャンネルを更新してください。</translation>
        </message>
        <message>
            <source>The server answered %1 and redirects to %2. Redirects are not followed for webhooks; put the final address into the channel.</source>
            <translation>サーバーが %1 を返し、%2 へリダイレクトしようとしました。Webhook ではリダイレクトをたどりません。転送先の最終アドレスをチャンネルに設定してください。</translation>
        </message>
        <message>
            <source>an unnamed address</source>
            <translation>不明なアドレス</translation>
        </message>
        <message>
            <source>The server answered %1: the webhook refused our credentials. Check the URL and the secret.</source>
            <translation>サーバーが %1 を返しました。認証が拒否されています。URL とシークレットを確認してください。</translation>
        </message>
        <message>
            <source>The server answered %1: no webhook at this address. Check the URL.</source>
            <translation>サーバーが %1 を返しました。このアドレスに Webhook はありません。URL を確認してください。</translation>
        </message>
        <message>
            <source>The server answered %1 and will not accept this message as it is.</source>
            <translation>サーバーが %1 を返しました。このメッセージはこのままでは受け付けられません。</translation>
        </message>
    </context>
    <context>
        <name>DispatchLease</name>
        <message>
            <source>process %1 on %2</source>
            <translation>%2 上のプロセス %1</translation>
        </message>
    </context>
    <context>
        <name>Dispatcher</name>
        <message>
            <source>Not sent: webhook addresses must use HTTPS (HTTP only on this computer).</source>
            <translation>未送信: Webhook のアドレスには HTTPS が必要です (HTTP はこのコンピューター上のみ)。</translation>
        </message>
        <message numerus="yes">
            <source>Gave up after %n attempt(s). Last: %1</source>
            <translation>
                <numerusform>%n 回試行しましたが配信できませんでした。最後のエラー: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Not sent: the channel was disabled (%1)</source>
            <translation>未送信: チャンネルが無効になりました (%1)</translation>
        </message>
    </context>
    <context>
        <name>DocField</name>
        <message>
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>What we know</source>
            <translation>わかっていること</translation>
        </message>
        <message>
            <source>What we are doing</source>
            <translation>対応中のこと</translation>
        </message>
        <message>
            <source>Next update</source>
            <translation>次回の報告</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>影響</translation>
        </message>
        <message>
            <source>Command post</source>
            <translation>指揮所</translation>
        </message>
        <message>
            <source>Exit criteria</source>
            <translation>終了条件</translation>
        </message>
        <message>
            <source>TODOs</source>
            <translation>TODO</translation>
        </message>
    </context>
    <context>
        <name>DocumentCommands</name>
        <message>
            <source>Unknown document field "%1". Known fields: %2</source>
            <translation>不明な文書項目「%1」です。使える項目: %2</translation>
        </message>
        <message>
            <source>Give an idea number and open, confirmed or ruled_out.</source>
            <translation>アイデアの番号と、open・confirmed・ruled_out のいずれかを指定してください。</translation>
        </message>
    </context>
    <context>
        <name>DocumentPanel</name>
        <message>
            <source>Document</source>
            <translation>インシデント文書</translation>
        </message>
        <message>
            <source>Last saved %1 by %2</source>
            <translation>最終保存: %1（%2）</translation>
        </message>
        <message>
            <source>%1, %2:
%3</source>
            <translation>%1、%2:
%3</translation>
        </message>
        <message>
            <source>No earlier versions.</source>
            <translation>以前の版はありません。</translation>
        </message>
        <message>
            <source>History of "%1"</source>
            <translation>「%1」の履歴</translation>
        </message>
        <message>
            <source>History</source>
            <translation>履歴</translation>
        </message>
        <message>
            <source>Every earlier version of this field</source>
            <translation>この項目の以前の版をすべて表示</translation>
        </message>
        <message>
            <source>What we know so far</source>
            <translation>現時点でわかっていること</translation>
        </message>
        <message>
            <source>What we are doing about it, and who</source>
            <translation>何を誰が対応しているか</translation>
        </message>
        <message>
            <source>Chat room, call bridge, dashboards (links)</source>
            <translation>チャットルーム、通話、ダッシュボード（リンク）</translation>
        </message>
        <message>
            <source>When is this incident over?</source>
            <translation>どうなったらこのインシデントは終わりか</translation>
        </message>
        <message>
            <source>One TODO a line</source>
            <translation>1 行に 1 つの TODO</translation>
        </message>
        <message>
            <source>Not scheduled</source>
            <translation>未定</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存（Ctrl+S）</translation>
        </message>
    </context>
    <context>
        <name>DocumentService</name>
        <message>
            <source>"%1" is too long (%2 characters; at most %3).</source>
            <translation>「%1」が長すぎます（%2 文字、最大 %3 文字）。</translation>
        </message>
        <message>
            <source>"%1" is not a time such as 2026-11-29T10:30:00Z.</source>
            <translation>「%1」は 2026-11-29T10:30:00Z のような日時ではありません。</translation>
        </message>
    </context>
    <context>
        <name>DrillActions</name>
        <message>
            <source>an action must be an object</source>
            <translation>アクションはオブジェクトで指定してください</translation>
        </message>
        <message>
            <source>required field is missing</source>
            <translation>必須の項目がありません</translation>
        </message>
        <message>
            <source>expected a list of 1 to 8 roles</source>
            <translation>1〜8個の役割のリストが必要です</translation>
        </message>
        <message>
            <source>The script is too large or nested too deeply.</source>
            <translation>スクリプトが大きすぎるか、入れ子が深すぎます。</translation>
        </message>
        <message>
            <source>The script is not valid JSON at byte %1: %2.</source>
            <translation>スクリプトの %1 バイト目が正しい JSON ではありません: %2。</translation>
        </message>
        <message>
            <source>%1: a script file holds one JSON object.</source>
            <translation>%1: スクリプトファイルには JSON オブジェクトを1つだけ書きます。</translation>
        </message>
        <message>
            <source>%1: times must not go backwards.</source>
            <translation>%1: 時刻を前に戻すことはできません。</translation>
        </message>
        <message>
            <source>Cannot read the script %1: %2</source>
            <translation>スクリプト %1 を読み込めません: %2</translation>
        </message>
        <message>
            <source>Unknown status "%1".</source>
            <translation>不明なステータス「%1」です。</translation>
        </message>
        <message>
            <source>Unknown action "%1".</source>
            <translation>不明なアクション「%1」です。</translation>
        </message>
        <message>
            <source>Nobody is Incident Commander yet, so nobody can hold the other roles.</source>
            <translation>インシデントコマンダーがまだいないため、ほかの役割を兼務できる人がいません。</translation>
        </message>
    </context>
    <context>
        <name>DrillCommands</name>
        <message>
            <source>%1 is a valid scenario: "%2", %3 injects over %4.</source>
            <translation>%1 は正しいシナリオです: 「%2」、%4 の間に %3 件のインジェクト。</translation>
        </message>
        <message>
            <source>--speed needs a number above 0 and at most %1, or "max".</source>
            <translation>--speed には 0 より大きく %1 以下の数値、または「max」を指定してください。</translation>
        </message>
        <message>
            <source>--drill-lang is ja or en.</source>
            <translation>--drill-lang には ja か en を指定してください。</translation>
        </message>
        <message>
            <source>--participants is a list such as Aiko:commander,Ken:operations; roles: %1.</source>
            <translation>--participants は Aiko:commander,Ken:operations のようなリストです。役割: %1。</translation>
        </message>
        <message>
            <source>Drill %1 started: %2</source>
            <translation>訓練 %1 を開始しました: %2</translation>
        </message>
        <message>
            <source>Drill incident %1 ended. Total score: %2 of 100.</source>
            <translation>訓練インシデント %1 が終了しました。総合スコア: %2 / 100。</translation>
        </message>
        <message>
            <source>--format is md or html.</source>
            <translation>--format には md か html を指定してください。</translation>
        </message>
        <message>
            <source>--report-lang is ja or en.</source>
            <translation>--report-lang には ja か en を指定してください。</translation>
        </message>
        <message>
            <source>running</source>
            <translation>実施中</translation>
        </message>
    </context>
    <context>
        <name>DrillDebrief</name>
        <message>
            <source>Incident Commander</source>
            <translation>インシデントコマンダー</translation>
        </message>
        <message>
            <source>Operations lead</source>
            <translation>運用リード</translation>
        </message>
        <message>
            <source>Communications lead</source>
            <translation>広報リード</translation>
        </message>
        <message>
            <source>Planning lead</source>
            <translation>計画リード</translation>
        </message>
        <message>
            <source>Scribe</source>
            <translation>記録係</translation>
        </message>
        <message>
            <source>Deputy / next IC</source>
            <translation>副指揮官 / 次の IC</translation>
        </message>
        <message>
            <source>Liaison</source>
            <translation>連絡調整役</translation>
        </message>
        <message>
            <source>Subject-matter expert</source>
            <translation>専門家 (SME)</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>オブザーバー</translation>
        </message>
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
            <translation>役割変更</translation>
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
            <source>▶ Inject</source>
            <translation>▶ インジェクト</translation>
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
        <message>
            <source>Scores</source>
            <translation>スコア</translation>
        </message>
        <message>
            <source>Total: %1 of 100 (over the scores that could be measured)</source>
            <translation>総合: %1 / 100(測定できたスコアによる)</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>未測定</translation>
        </message>
        <message>
            <source>done</source>
            <translation>達成</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>未達成</translation>
        </message>
        <message>
            <source>longest gap %1</source>
            <translation>最長間隔 %1</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>スコア</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Time taken</source>
            <translation>所要時間</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目標</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>得点</translation>
        </message>
        <message>
            <source>Injects and responses</source>
            <translation>インジェクトと対応</translation>
        </message>
        <message>
            <source>Scenario time</source>
            <translation>シナリオ時刻</translation>
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
            <source>From / by</source>
            <translation>発信元 / 記入者</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>skipped by the game master</source>
            <translation>ゲームマスターがスキップ</translation>
        </message>
        <message>
            <source>not triggered: the trainees' actions changed the course</source>
            <translation>発生せず: 訓練者の対応で展開が変わった</translation>
        </message>
        <message>
            <source>not reached before the drill ended</source>
            <translation>訓練終了までに到達せず</translation>
        </message>
        <message>
            <source>Injects not played</source>
            <translation>発生しなかったインジェクト</translation>
        </message>
        <message>
            <source>Inject</source>
            <translation>インジェクト</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>DRILL — this is an exercise, not a real incident</source>
            <translation>訓練 — これは演習です。実際のインシデントではありません</translation>
        </message>
        <message>
            <source>After-action report: %1</source>
            <translation>事後レビュー: %1</translation>
        </message>
        <message>
            <source>Drill incident %1, started %2, game master %3. %4</source>
            <translation>訓練インシデント %1、開始 %2、ゲームマスター %3。%4</translation>
        </message>
        <message>
            <source>The drill is still running; scores are provisional.</source>
            <translation>訓練は実施中のため、スコアは暫定です。</translation>
        </message>
        <message>
            <source>Ended %1.</source>
            <translation>終了 %1。</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参加者</translation>
        </message>
        <message>
            <source>No participants were recorded.</source>
            <translation>参加者は記録されていません。</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Role practised</source>
            <translation>練習した役割</translation>
        </message>
        <message>
            <source>(not written yet)</source>
            <translation>(未記入)</translation>
        </message>
        <message>
            <source>What went well</source>
            <translation>良かった点</translation>
        </message>
        <message>
            <source>What to improve</source>
            <translation>改善点</translation>
        </message>
        <message>
            <source>How the scores were measured</source>
            <translation>スコアの測定方法</translation>
        </message>
        <message>
            <source>Times are scenario times after T+0, the start of the drill, whatever its speed. Time scores earn full points by their target and nothing at three times the target. A score marked "not measured" has no record to read yet and is left out of the total. Sources:</source>
            <translation>時刻は、訓練開始(T+0)からのシナリオ上の経過時間です(再生速度に関係しません)。時間のスコアは目標以内なら満点、目標の3倍で0点になります。「未測定」のスコアはまだ読み取れる記録がないため、総合点から除外しています。測定元:</translation>
        </message>
    </context>
    <context>
        <name>DrillFact</name>
        <message>
            <source>incident declared</source>
            <translation>インシデント宣言</translation>
        </message>
        <message>
            <source>core roles covered</source>
            <translation>主要な役割の確定</translation>
        </message>
        <message>
            <source>stakeholder update sent</source>
            <translation>関係者への報告</translation>
        </message>
        <message>
            <source>handoff acknowledged</source>
            <translation>引き継ぎの確認</translation>
        </message>
        <message>
            <source>change to production recorded</source>
            <translation>本番変更の記録</translation>
        </message>
        <message>
            <source>impact mitigated</source>
            <translation>影響の緩和</translation>
        </message>
        <message>
            <source>incident resolved</source>
            <translation>インシデントの解決</translation>
        </message>
    </context>
    <context>
        <name>DrillGameMasterCommands</name>
        <message>
            <source>--speed needs a number above 0 and at most %1, or "step".</source>
            <translation>--speed には 0 より大きく %1 以下の数値、または「step」を指定してください。</translation>
        </message>
        <message>
            <source>--drill-lang is ja or en.</source>
            <translation>--drill-lang には ja か en を指定してください。</translation>
        </message>
        <message>
            <source>--participants is a list such as Aiko:commander,Ken:operations; roles: %1.</source>
            <translation>--participants は Aiko:commander,Ken:operations のようなリストです。役割: %1。</translation>
        </message>
        <message>
            <source>MINUTES is a whole number above zero.</source>
            <translation>MINUTES には 0 より大きい整数を指定してください。</translation>
        </message>
        <message>
            <source>--kind is alert, message, metric or note.</source>
            <translation>--kind には alert、message、metric、note のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>--in is a whole number of minutes, 0 or more.</source>
            <translation>--in には 0 以上の整数(分)を指定してください。</translation>
        </message>
        <message>
            <source>The speed is a number above 0 and at most %1, or "step".</source>
            <translation>速度には 0 より大きく %1 以下の数値、または「step」を指定してください。</translation>
        </message>
    </context>
    <context>
        <name>DrillHistoryDialog</name>
        <message>
            <source>%1 of 100</source>
            <translation>%1 / 100</translation>
        </message>
        <message>
            <source>running</source>
            <translation>実施中</translation>
        </message>
        <message>
            <source>Drill history</source>
            <translation>訓練の履歴</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>氏名:</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>Drill incident</source>
            <translation>訓練インシデント</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>シナリオ</translation>
        </message>
        <message>
            <source>Role practised</source>
            <translation>練習した役割</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>スコア</translation>
        </message>
    </context>
    <context>
        <name>DrillInjectModel</name>
        <message>
            <source>%1 (added)</source>
            <translation>%1(追加)</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>予定</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>From</source>
            <translation>発信元</translation>
        </message>
        <message>
            <source>Inject</source>
            <translation>インジェクト</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>%1 (if %2)</source>
            <translation>%1(%2済みなら)</translation>
        </message>
        <message>
            <source>%1 (unless %2)</source>
            <translation>%1(%2がまだなら)</translation>
        </message>
    </context>
    <context>
        <name>DrillInjectState</name>
        <message>
            <source>upcoming</source>
            <translation>予定</translation>
        </message>
        <message>
            <source>fired</source>
            <translation>発生済み</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>スキップ</translation>
        </message>
        <message>
            <source>not triggered</source>
            <translation>発生せず</translation>
        </message>
    </context>
    <context>
        <name>DrillMenu</name>
        <message>
            <source>Drills</source>
            <translation>訓練</translation>
        </message>
        <message>
            <source>No drill is running. Start one from Drills → Start a drill.</source>
            <translation>実施中の訓練はありません。「訓練」→「訓練を開始」から始めてください。</translation>
        </message>
        <message>
            <source>No drill has been run yet.</source>
            <translation>まだ訓練が実施されていません。</translation>
        </message>
        <message>
            <source>&amp;Start a drill…</source>
            <translation>訓練を開始(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Game-master view…</source>
            <translation>ゲームマスター画面(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Debrief…</source>
            <translation>振り返り(&amp;D)…</translation>
        </message>
        <message>
            <source>Drill &amp;history…</source>
            <translation>訓練の履歴(&amp;H)…</translation>
        </message>
        <message>
            <source>DRILL · scenario time T+%1 · %2</source>
            <translation>訓練 · シナリオ時刻 T+%1 · %2</translation>
        </message>
        <message>
            <source>%1×</source>
            <translation>%1倍</translation>
        </message>
        <message>
            <source>paused by the game master</source>
            <translation>ゲームマスターが一時停止中</translation>
        </message>
        <message>
            <source>&amp;Drills</source>
            <translation>訓練(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>DrillPlayer</name>
        <message>
            <source>The drill clock is stopped (step-by-step mode); a headless run needs a speed above zero.</source>
            <translation>訓練の時計が止まっています(ステップ実行モード)。ヘッドレス実行には 0 より大きい速度が必要です。</translation>
        </message>
        <message>
            <source>Scripted action %1 (%2) failed: %3</source>
            <translation>スクリプトのアクション %1(%2)が失敗しました: %3</translation>
        </message>
    </context>
    <context>
        <name>DrillRun</name>
        <message>
            <source>Metrics</source>
            <translation>メトリクス</translation>
        </message>
        <message>
            <source>Game master</source>
            <translation>ゲームマスター</translation>
        </message>
    </context>
    <context>
        <name>DrillScore</name>
        <message>
            <source>Time to declare</source>
            <translation>宣言までの時間</translation>
        </message>
        <message>
            <source>Core roles filled or held by the IC</source>
            <translation>主要な役割の割り当て(または IC が兼務)</translation>
        </message>
        <message>
            <source>First stakeholder update</source>
            <translation>関係者への初回報告</translation>
        </message>
        <message>
            <source>Update cadence</source>
            <translation>報告の間隔</translation>
        </message>
        <message>
            <source>Checklist completion</source>
            <translation>チェックリストの完了</translation>
        </message>
        <message>
            <source>Handoff briefed and acknowledged</source>
            <translation>引き継ぎのブリーフィングと確認</translation>
        </message>
        <message>
            <source>Changes to production recorded</source>
            <translation>本番環境への変更の記録</translation>
        </message>
    </context>
    <context>
        <name>DrillScorer</name>
        <message>
            <source>Not done during the drill (target %1).</source>
            <translation>訓練中に行われませんでした(目標 %1)。</translation>
        </message>
        <message>
            <source>Done at %1 (target %2).</source>
            <translation>%1 に実施(目標 %2)。</translation>
        </message>
        <message>
            <source>No stakeholder update was sent.</source>
            <translation>関係者への報告は送られませんでした。</translation>
        </message>
        <message>
            <source>%1 of %2 gaps between updates within %3; the longest was %4.</source>
            <translation>報告の間隔 %2 回のうち %1 回が %3 以内。最長は %4。</translation>
        </message>
        <message>
            <source>Not measured: no checklist is recorded for this incident.</source>
            <translation>未測定: このインシデントにはチェックリストの記録がありません。</translation>
        </message>
        <message>
            <source>%1 of %2 items done (target %3 %).</source>
            <translation>%2 項目中 %1 項目完了(目標 %3 %)。</translation>
        </message>
        <message>
            <source>Not measured: handoffs are not recorded yet.</source>
            <translation>未測定: 引き継ぎはまだ記録されていません。</translation>
        </message>
        <message>
            <source>Briefed at %1 and acknowledged at %2.</source>
            <translation>%1 にブリーフィング、%2 に確認。</translation>
        </message>
        <message>
            <source>Briefed at %1 but never acknowledged.</source>
            <translation>%1 にブリーフィングしたが、確認されませんでした。</translation>
        </message>
        <message>
            <source>No handoff was recorded.</source>
            <translation>引き継ぎは記録されていません。</translation>
        </message>
        <message numerus="yes">
            <source>%1 change(s) recorded; %2 expected.</source>
            <translation>
                <numerusform>変更の記録 %1 件(想定 %2 件)。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not measured: no change log is recorded for this incident.</source>
            <translation>未測定: このインシデントには本番変更の記録がありません。</translation>
        </message>
    </context>
    <context>
        <name>DrillService</name>
        <message>
            <source>The drill speed must be between 0 (step by step) and %1.</source>
            <translation>訓練の速度は 0(ステップ実行)から %1 の間で指定してください。</translation>
        </message>
        <message>
            <source>Every participant needs a name (at most 100 characters) and a role.</source>
            <translation>参加者には名前(100文字以内)と役割が必要です。</translation>
        </message>
        <message>
            <source>The scenario stored with drill %1 cannot be read: %2</source>
            <translation>訓練 %1 に保存されたシナリオを読み込めません: %2</translation>
        </message>
        <message>
            <source>Incident %1 is not a drill started from a scenario.</source>
            <translation>インシデント %1 はシナリオから開始した訓練ではありません。</translation>
        </message>
        <message>
            <source>The drill has ended; its injects can no longer change.</source>
            <translation>訓練は終了しています。インジェクトはもう変更できません。</translation>
        </message>
        <message>
            <source>The drill has no inject "%1".</source>
            <translation>この訓練にインジェクト「%1」はありません。</translation>
        </message>
        <message>
            <source>The inject "%1" is no longer upcoming (%2).</source>
            <translation>インジェクト「%1」はもう予定の状態ではありません(%2)。</translation>
        </message>
        <message>
            <source>A delay must be longer than zero and at most 24 hours.</source>
            <translation>遅らせる時間は 0 より長く、24時間以内にしてください。</translation>
        </message>
        <message>
            <source>An inject needs a text of at most %1 characters.</source>
            <translation>インジェクトには %1 文字以内のテキストが必要です。</translation>
        </message>
        <message>
            <source>The sender is too long (at most 40 characters) or the time is out of range.</source>
            <translation>発信元が長すぎる(40文字以内)か、時間が範囲外です。</translation>
        </message>
        <message>
            <source>The debrief notes are too long (at most %1 characters each).</source>
            <translation>振り返りのメモが長すぎます(それぞれ %1 文字以内)。</translation>
        </message>
        <message>
            <source>Game master</source>
            <translation>ゲームマスター</translation>
        </message>
    </context>
    <context>
        <name>DrillStartDialog</name>
        <message>
            <source>Open drill scenario</source>
            <translation>訓練シナリオを開く</translation>
        </message>
        <message>
            <source>Drill scenarios (*.json);;All files (*)</source>
            <translation>訓練シナリオ (*.json);;すべてのファイル (*)</translation>
        </message>
        <message numerus="yes">
            <source>%1 · lasts %2 · %n inject(s) · services: %3</source>
            <translation>
                <numerusform>%1 · 所要 %2 · インジェクト %n 件 · 対象サービス: %3</numerusform>
            </translation>
        </message>
        <message>
            <source>Start a drill</source>
            <translation>訓練を開始</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translation>シナリオ:</translation>
        </message>
        <message>
            <source>Open file…</source>
            <translation>ファイルを開く…</translation>
        </message>
        <message>
            <source>Speed:</source>
            <translation>速度:</translation>
        </message>
        <message>
            <source>1× (real time)</source>
            <translation>1倍(実時間)</translation>
        </message>
        <message>
            <source>2×</source>
            <translation>2倍</translation>
        </message>
        <message>
            <source>5×</source>
            <translation>5倍</translation>
        </message>
        <message>
            <source>Step by step (the game master advances)</source>
            <translation>ステップ実行(ゲームマスターが進める)</translation>
        </message>
        <message>
            <source>Injects in:</source>
            <translation>インジェクトの言語:</translation>
        </message>
        <message>
            <source>Game master:</source>
            <translation>ゲームマスター:</translation>
        </message>
        <message>
            <source>Participants and the role each practises:</source>
            <translation>参加者と練習する役割:</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>参加者を追加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>A drill creates a DRILL incident, kept out of real metrics. Its notifications go only to channels marked for drills. Open the game-master view on a screen the trainees do not see.</source>
            <translation>訓練では「訓練」インシデントが作成され、実際の指標には含まれません。通知は訓練用に設定されたチャンネルにのみ送られます。ゲームマスター画面は訓練者から見えない画面で開いてください。</translation>
        </message>
        <message>
            <source>Start drill</source>
            <translation>訓練を開始</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
    </context>
    <context>
        <name>DrillStore</name>
        <message>
            <source>There is no drill %1.</source>
            <translation>訓練 %1 は存在しません。</translation>
        </message>
        <message>
            <source>The inject "%1" was handled elsewhere in the meantime.</source>
            <translation>インジェクト「%1」は、その間に別の場所で処理されました。</translation>
        </message>
        <message>
            <source>Drill %1 has already ended; its scores are kept as they were.</source>
            <translation>訓練 %1 はすでに終了しています。スコアは確定したまま変更していません。</translation>
        </message>
    </context>
    <context>
        <name>EntryComposer</name>
        <message>
            <source>Kind of the next entry (a prefix such as /d overrides it)</source>
            <translation>次に記録する種別（/d などの接頭辞が優先されます）</translation>
        </message>
        <message>
            <source>No role</source>
            <translation>役割なし</translation>
        </message>
        <message>
            <source>Your incident role, written with each entry</source>
            <translation>あなたのインシデント対応上の役割（記録ごとに残ります）</translation>
        </message>
        <message>
            <source>What happened? Enter saves, Shift+Enter starts a new line.</source>
            <translation>何が起きましたか？ Enter で保存、Shift+Enter で改行。</translation>
        </message>
        <message>
            <source>/o observation · /a action · /d decision · /h hypothesis · /c communication · /m milestone · /detected /declared /mitigated /resolved · ! important</source>
            <translation>/o 観察 · /a 対応 · /d 決定 · /h 仮説 · /c 連絡 · /m マイルストーン · /detected 検知 /declared 宣言 /mitigated 緩和 /resolved 解決 · ! 重要</translation>
        </message>
    </context>
    <context>
        <name>EntryDetailPane</name>
        <message>
            <source>Edit links</source>
            <translation>リンクを編集</translation>
        </message>
        <message>
            <source>Set milestone</source>
            <translation>マイルストーンを設定</translation>
        </message>
        <message>
            <source>Mark important</source>
            <translation>重要にする</translation>
        </message>
        <message>
            <source>Unmark important</source>
            <translation>重要を外す</translation>
        </message>
        <message>
            <source>Make public</source>
            <translation>公開にする</translation>
        </message>
        <message>
            <source>Make internal</source>
            <translation>社内限定にする</translation>
        </message>
        <message>
            <source>Select an entry to see it in full, with its history.</source>
            <translation>記録を選ぶと、全文と履歴が表示されます。</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Occurred %3&lt;br&gt;Recorded %4 · revision %5%6</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;発生 %3&lt;br&gt;記録 %4 · 版 %5%6</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source> · &lt;b&gt;deleted&lt;/b&gt;</source>
            <translation> · &lt;b&gt;削除済み&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Revision %1, replaced %2 by %3%4:
%5</source>
            <translation>版 %1（%2 に %3 が更新）%4:
%5</translation>
        </message>
        <message>
            <source> (deleted)</source>
            <translation>（削除済み）</translation>
        </message>
        <message>
            <source>Revision %1 (current)%2:
%3</source>
            <translation>版 %1（現在）%2:
%3</translation>
        </message>
        <message>
            <source>Links:</source>
            <translation>リンク:</translation>
        </message>
        <message>
            <source>https://… (separate with spaces; Enter saves)</source>
            <translation>https://…（空白区切り、Enter で保存）</translation>
        </message>
        <message>
            <source>Milestone:</source>
            <translation>マイルストーン:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Important (Ctrl+I)</source>
            <translation>重要（Ctrl+I）</translation>
        </message>
        <message>
            <source>Public, for the customer report</source>
            <translation>公開（障害報告書に載せる）</translation>
        </message>
        <message>
            <source>History</source>
            <translation>履歴</translation>
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
            <translation>訓練のインジェクト</translation>
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
        <name>EntryRole</name>
        <message>
            <source>Incident Commander</source>
            <translation>インシデントコマンダー</translation>
        </message>
        <message>
            <source>Scribe</source>
            <translation>記録係</translation>
        </message>
        <message>
            <source>Liaison</source>
            <translation>連絡調整役</translation>
        </message>
        <message>
            <source>Subject-matter expert</source>
            <translation>専門家</translation>
        </message>
        <message>
            <source>Operations lead</source>
            <translation>運用リード</translation>
        </message>
        <message>
            <source>Communications lead</source>
            <translation>広報リード</translation>
        </message>
        <message>
            <source>Planning lead</source>
            <translation>計画リード</translation>
        </message>
        <message>
            <source>Deputy / Next IC</source>
            <translation>副指揮官 / 次の IC</translation>
        </message>
    </context>
    <context>
        <name>FileRead</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <source>%1 is too large (more than %2 KB); nothing was read.</source>
            <translation>%1 は大きすぎます（%2 KB 超）。何も読み込んでいません。</translation>
        </message>
    </context>
    <context>
        <name>FileWrite</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <source>Detective</source>
            <translation>検知</translation>
        </message>
        <message>
            <source>Preventative</source>
            <translation>予防</translation>
        </message>
        <message>
            <source>Corrective</source>
            <translation>是正</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>プロセス</translation>
        </message>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未着手</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>対応中</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Won't do</source>
            <translation>対応しない</translation>
        </message>
    </context>
    <context>
        <name>FollowUpCommands</name>
        <message>
            <source>"%1" is not a date such as 2026-12-15.</source>
            <translation>「%1」は 2026-12-15 のような日付ではありません。</translation>
        </message>
        <message>
            <source>Unknown value "%1". Known values: %2</source>
            <translation>不明な値「%1」です。指定できる値: %2</translation>
        </message>
        <message>
            <source> (overdue)</source>
            <translation>（期限切れ）</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Edit follow-up</source>
            <translation>フォローアップを編集</translation>
        </message>
        <message>
            <source>Add follow-up</source>
            <translation>フォローアップを追加</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>対応内容:</translation>
        </message>
        <message>
            <source>Owner:</source>
            <translation>担当者:</translation>
        </message>
        <message>
            <source>Due:</source>
            <translation>期限:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>種類:</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translation>優先度:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>ステータス:</translation>
        </message>
        <message>
            <source>Tracker link:</source>
            <translation>トラッカーのリンク:</translation>
        </message>
        <message>
            <source>What will be done, e.g. "Alert when the replica lags more than 30 s"</source>
            <translation>何をするか(例:「レプリカの遅延が 30 秒を超えたらアラートを出す」)</translation>
        </message>
        <message>
            <source>Who owns it</source>
            <translation>誰が担当するか</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>期限あり</translation>
        </message>
        <message>
            <source>https://tracker.example.com/issues/42</source>
            <translation>https://tracker.example.com/issues/42</translation>
        </message>
        <message>
            <source>Detective: find it sooner. Preventative: stop it happening. Corrective: fix what broke. Process: change how we work.</source>
            <translation>検知: より早く気づく。予防: 起こらないようにする。是正: 壊れたものを直す。プロセス: 仕事の進め方を変える。</translation>
        </message>
    </context>
    <context>
        <name>FollowUpList</name>
        <message>
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>完了にする</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1(期限切れ)</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>インシデント</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>対応内容</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>優先度</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ステータス</translation>
        </message>
        <message>
            <source>Tracker</source>
            <translation>トラッカー</translation>
        </message>
    </context>
    <context>
        <name>FollowUpService</name>
        <message>
            <source>A follow-up needs a title.</source>
            <translation>フォローアップにはタイトルが必要です。</translation>
        </message>
        <message>
            <source>The follow-up title is too long (%1 characters; at most %2).</source>
            <translation>フォローアップのタイトルが長すぎます(%1 文字。最大 %2 文字)。</translation>
        </message>
        <message>
            <source>The tracker link must be an http or https address, such as https://tracker.example.com/issues/42.</source>
            <translation>トラッカーのリンクは https://tracker.example.com/issues/42 のような http または https のアドレスにしてください。</translation>
        </message>
        <message>
            <source>Follow-up added: %1 (%2)</source>
            <translation>フォローアップを追加: %1(%2)</translation>
        </message>
        <message>
            <source>Follow-up %1: %2</source>
            <translation>フォローアップを「%1」に変更: %2</translation>
        </message>
        <message>
            <source>Follow-up edited: %1</source>
            <translation>フォローアップを編集: %1</translation>
        </message>
    </context>
    <context>
        <name>FollowUpStore</name>
        <message>
            <source>There is no follow-up %1.</source>
            <translation>フォローアップ %1 は存在しません。</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsOverviewDialog</name>
        <message numerus="yes">
            <source>Exported %n follow-up(s) to %1</source>
            <translation>
                <numerusform>%n 件のフォローアップを %1 に書き出しました</numerusform>
            </translation>
        </message>
        <message>
            <source>Export follow-ups</source>
            <translation>フォローアップを書き出す</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Follow-ups across incidents</source>
            <translation>全インシデントのフォローアップ</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>表示:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未完了</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <source>All</source>
            <translation>すべて</translation>
        </message>
        <message>
            <source>Include drills</source>
            <translation>訓練を含める</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV を書き出す…</translation>
        </message>
        <message>
            <source>Export JSON…</source>
            <translation>JSON を書き出す…</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPanel</name>
        <message>
            <source>Follow-ups</source>
            <translation>フォローアップ</translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>未完了 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>期限切れ %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Add follow-up…</source>
            <translation>フォローアップを追加…</translation>
        </message>
    </context>
    <context>
        <name>GameMasterWindow</name>
        <message>
            <source>Scenario time T+%1 of %2</source>
            <translation>シナリオ時刻 T+%1 / %2</translation>
        </message>
        <message>
            <source>drill ended</source>
            <translation>訓練終了</translation>
        </message>
        <message>
            <source>scenario over: end the drill and hold the debrief</source>
            <translation>シナリオ終了: 訓練を終えて振り返りを行ってください</translation>
        </message>
        <message>
            <source>Choose an inject first.</source>
            <translation>先にインジェクトを選んでください。</translation>
        </message>
        <message>
            <source>End the drill</source>
            <translation>訓練の終了</translation>
        </message>
        <message>
            <source>End the drill now? Scores are frozen and upcoming injects are not played.</source>
            <translation>訓練を今すぐ終了しますか?スコアは確定し、残りのインジェクトは発生しません。</translation>
        </message>
        <message>
            <source>Game master — DRILL</source>
            <translation>ゲームマスター — 訓練</translation>
        </message>
        <message>
            <source>GAME MASTER VIEW — do not show this screen to the trainees</source>
            <translation>ゲームマスター画面 — 訓練者にこの画面を見せないでください</translation>
        </message>
        <message>
            <source>Speed:</source>
            <translation>速度:</translation>
        </message>
        <message>
            <source>1×</source>
            <translation>1倍</translation>
        </message>
        <message>
            <source>2×</source>
            <translation>2倍</translation>
        </message>
        <message>
            <source>5×</source>
            <translation>5倍</translation>
        </message>
        <message>
            <source>Step by step</source>
            <translation>ステップ実行</translation>
        </message>
        <message>
            <source>Next inject</source>
            <translation>次のインジェクト</translation>
        </message>
        <message>
            <source>Move the scenario clock to the next upcoming inject and play it</source>
            <translation>シナリオの時計を次の予定インジェクトまで進めて発生させます</translation>
        </message>
        <message>
            <source>End drill</source>
            <translation>訓練を終了</translation>
        </message>
        <message>
            <source>Debrief…</source>
            <translation>振り返り…</translation>
        </message>
        <message>
            <source>Fire now</source>
            <translation>今すぐ発生</translation>
        </message>
        <message>
            <source>Delay by</source>
            <translation>遅らせる</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>スキップ</translation>
        </message>
        <message>
            <source>Add an inject of your own</source>
            <translation>独自のインジェクトを追加</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>種類:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>発信元:</translation>
        </message>
        <message>
            <source>e.g. executive, customer, Nagios</source>
            <translation>例: 経営層、お客様、Nagios</translation>
        </message>
        <message>
            <source>In:</source>
            <translation>発生まで:</translation>
        </message>
        <message>
            <source>now</source>
            <translation>今すぐ</translation>
        </message>
        <message>
            <source>What the trainees receive</source>
            <translation>訓練者に届く内容</translation>
        </message>
        <message>
            <source>Add inject</source>
            <translation>インジェクトを追加</translation>
        </message>
    </context>
    <context>
        <name>HandoffAnnounceBox</name>
        <message>
            <source>Announce the handoff to channels</source>
            <translation>引き継ぎをチャンネルに通知する</translation>
        </message>
        <message>
            <source>Channels:</source>
            <translation>チャンネル:</translation>
        </message>
        <message>
            <source>Message language:</source>
            <translation>メッセージの言語:</translation>
        </message>
        <message>
            <source>Sends the "Handoff notice" template with the briefing, through the outbox, in the same step that records the handoff.</source>
            <translation>引き継ぎの記録と同じ操作で、ブリーフィングを含む「引き継ぎのお知らせ」テンプレートを送信キュー経由で送ります。</translation>
        </message>
    </context>
    <context>
        <name>HandoffAnnouncement</name>
        <message>
            <source>The handoff was not recorded, because its announcement could not be written: %1</source>
            <translation>通知文を作成できなかったため、引き継ぎは記録されていません: %1</translation>
        </message>
        <message>
            <source>The handoff was not recorded, because its announcement could not be queued: %1</source>
            <translation>通知を送信キューに入れられなかったため、引き継ぎは記録されていません: %1</translation>
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
        <name>HandoffOfferStore</name>
        <message>
            <source>This handoff offer was withdrawn or answered meanwhile; ask for a new handoff.</source>
            <translation>この引き継ぎの申し出は、その間に取り下げられたか応答済みです。あらためて引き継ぎを依頼してください。</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Restore this version</source>
            <translation>この版に戻す</translation>
        </message>
        <message>
            <source>Make the selected version the current one. The restore is kept in the history as a new version.</source>
            <translation>選択した版を現在の内容にします。復元は新しい版として履歴に残ります。</translation>
        </message>
    </context>
    <context>
        <name>IcLoop</name>
        <message>
            <source>Size up</source>
            <translation>状況把握</translation>
        </message>
        <message>
            <source>What is happening, what is the impact, who is working on what?</source>
            <translation>何が起きているか、影響はどれほどか、誰が何に取り組んでいるか？</translation>
        </message>
        <message>
            <source>Stabilise</source>
            <translation>安定化</translation>
        </message>
        <message>
            <source>Stop the bleeding first: mitigate before looking for the root cause.</source>
            <translation>まず被害の拡大を止める：根本原因を探す前に影響を緩和する。</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>状況報告</translation>
        </message>
        <message>
            <source>Tell responders and stakeholders where things stand, and when the next update comes.</source>
            <translation>対応者と関係者に現状と次回報告の時刻を伝える。</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>確認</translation>
        </message>
        <message>
            <source>Check that the actions worked and that every task has an owner and a time box.</source>
            <translation>対応が効いたか、すべての作業に担当者と期限があるかを確認する。</translation>
        </message>
    </context>
    <context>
        <name>IcLoopWidget</name>
        <message>
            <source>Stakeholder update posted (IC loop reminder).</source>
            <translation>関係者への状況報告を送信（IC ループのリマインダー）。</translation>
        </message>
        <message>
            <source>Stakeholder update overdue: it was due at %1 (%2 ago).</source>
            <translation>状況報告が遅れています: %1 が予定でした（%2 経過）。</translation>
        </message>
        <message>
            <source>Next stakeholder update due at %1 (in %2).</source>
            <translation>次の状況報告は %1（あと %2）。</translation>
        </message>
        <message>
            <source>IC loop:</source>
            <translation>IC ループ:</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>次のステップ</translation>
        </message>
        <message>
            <source>Update every</source>
            <translation>報告間隔</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分</translation>
        </message>
        <message>
            <source>Update posted</source>
            <translation>報告済みにする</translation>
        </message>
    </context>
    <context>
        <name>IdeaState</name>
        <message>
            <source>Open</source>
            <translation>未判断</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>確認済み</translation>
        </message>
        <message>
            <source>Ruled out</source>
            <translation>否定</translation>
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
            <translation>早めに宣言しましょう。別のチームの協力が必要なとき、お客様に影響が出ているとき、集中して 1 時間分析しても解決しないときが目安です。</translation>
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
        <message>
            <source>The incident has already been declared; its declaration answers are part of the record.</source>
            <translation>インシデントはすでに宣言されています。宣言時の回答は記録として残ります。</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>Declaration questions: second team needed — %1; customers affected — %2; unsolved after an hour of analysis — %3.</source>
            <translation>宣言の判断: 別チームの協力が必要 — %1、お客様への影響 — %2、1 時間の分析で未解決 — %3。</translation>
        </message>
        <message>
            <source>A closed incident cannot change its severity.</source>
            <translation>クローズしたインシデントの重大度は変更できません。</translation>
        </message>
        <message>
            <source>%1 Reason: %2</source>
            <translation>%1 理由: %2</translation>
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
            <source>DRILL — this is an exercise, not a real incident</source>
            <translation>訓練 — これは演習であり、実際のインシデントではありません</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>ステータス:</translation>
        </message>
    </context>
    <context>
        <name>InjectKind</name>
        <message>
            <source>Alert</source>
            <translation>アラート</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>メッセージ</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>メトリクス</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>メモ</translation>
        </message>
    </context>
    <context>
        <name>InjectSender</name>
        <message>
            <source>Customer</source>
            <translation>お客様</translation>
        </message>
        <message>
            <source>Executive</source>
            <translation>経営層</translation>
        </message>
        <message>
            <source>Support desk</source>
            <translation>サポート窓口</translation>
        </message>
        <message>
            <source>Another team</source>
            <translation>他チーム</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>ベンダー</translation>
        </message>
    </context>
    <context>
        <name>LocalizedText</name>
        <message>
            <source>en</source>
            <comment>language code of this translation</comment>
            <translation>ja</translation>
        </message>
    </context>
    <context>
        <name>LogCommands</name>
        <message>
            <source>--limit needs a positive number.</source>
            <translation>--limit には正の数を指定してください。</translation>
        </message>
    </context>
    <context>
        <name>LogEditCommands</name>
        <message>
            <source>Entry %1 is now at revision %2.</source>
            <translation>記録 %1 は版 %2 になりました。</translation>
        </message>
        <message>
            <source>Entry %1 deleted; "log restore %1" brings it back.</source>
            <translation>記録 %1 を削除しました。「log restore %1」で元に戻せます。</translation>
        </message>
        <message>
            <source>Entry %1 restored.</source>
            <translation>記録 %1 を復元しました。</translation>
        </message>
    </context>
    <context>
        <name>LogImportCommands</name>
        <message>
            <source>Unknown format "%1": the only format is auto (Slack, Mattermost, Typetalk and "HH:MM name: text" lines).</source>
            <translation>不明な形式「%1」です。指定できる形式は auto だけです (Slack、Mattermost、Typetalk、「HH:MM 名前: 本文」の行)。</translation>
        </message>
        <message>
            <source>"%1" is not a date: write it as YYYY-MM-DD.</source>
            <translation>「%1」は日付ではありません。YYYY-MM-DD の形で書いてください。</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>%1 を読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB; split the transcript.</source>
            <translation>%1 は %2 MB を超えています。ログを分けて取り込んでください。</translation>
        </message>
        <message>
            <source>Line %1 of %2: %3 Nothing was imported.</source>
            <translation>%2 の %1 行目: %3 何も取り込んでいません。</translation>
        </message>
        <message>
            <source>%1 holds no chat messages to import.</source>
            <translation>%1 には取り込むチャットのメッセージがありません。</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) added.</source>
            <translation>
                <numerusform>%n 件のエントリを追加しました。</numerusform>
            </translation>
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
            <translation>&lt;h3&gt;Incident Commander %1&lt;/h3&gt;&lt;p&gt;SRE 本が教えるやり方でインシデントを指揮します。早めに宣言し、すべての役割に担当者を置き、指揮は明示的に引き継ぎ、インシデント文書を常に最新に保ち、関係者へ遅れずに報告する。そして、それらすべてをオフラインの訓練で練習できます。&lt;/p&gt;</translation>
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
        <message>
            <source>DRILL — %1</source>
            <translation>訓練 — %1</translation>
        </message>
    </context>
    <context>
        <name>MessageLanguage</name>
        <message>
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message>
            <source>Japanese and English</source>
            <translation>日本語と英語</translation>
        </message>
    </context>
    <context>
        <name>MessageTemplateCommands</name>
        <message>
            <source>A template is written in one language: --lang ja or --lang en.</source>
            <translation>テンプレートは 1 つの言語で書きます: --lang ja または --lang en を指定してください。</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>同梱</translation>
        </message>
        <message>
            <source>team</source>
            <translation>チーム</translation>
        </message>
        <message>
            <source>--audience must be responders, executives or customers.</source>
            <translation>--audience には responders、executives、customers のいずれかを指定してください。</translation>
        </message>
    </context>
    <context>
        <name>MetricsCommands</name>
        <message>
            <source>"%1" is not a date such as 2026-11-01.</source>
            <translation>「%1」は 2026-11-01 のような日付ではありません。</translation>
        </message>
        <message>
            <source>median %1 min, p90 %2 min (%3 incidents)</source>
            <translation>中央値 %1 分、p90 %2 分(%3 件)</translation>
        </message>
        <message>
            <source>--cadence needs a positive number of minutes.</source>
            <translation>--cadence には正の分数を指定してください。</translation>
        </message>
        <message>
            <source>Incidents: %1</source>
            <translation>インシデント: %1 件</translation>
        </message>
        <message>
            <source>Time to declare</source>
            <translation>宣言までの時間</translation>
        </message>
        <message>
            <source>Time to first update</source>
            <translation>初回報告までの時間</translation>
        </message>
        <message>
            <source>Time to mitigate</source>
            <translation>緩和までの時間</translation>
        </message>
        <message>
            <source>Time to resolve</source>
            <translation>解決までの時間</translation>
        </message>
        <message>
            <source>Update cadence (every %1 min): %2 of gaps on time</source>
            <translation>報告間隔(%1 分ごと): 間隔の %2 が時間内</translation>
        </message>
        <message>
            <source>Follow-ups: %1 done of %2 (%3 overdue)</source>
            <translation>フォローアップ: %2 件中 %1 件完了(期限切れ %3 件)</translation>
        </message>
        <message>
            <source>no data (0 incidents)</source>
            <translation>データなし（0 件）</translation>
        </message>
    </context>
    <context>
        <name>MetricsDialog</name>
        <message>
            <source>Export metrics</source>
            <translation>指標を書き出す</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Declare</source>
            <translation>宣言</translation>
        </message>
        <message>
            <source>First update</source>
            <translation>初回報告</translation>
        </message>
        <message>
            <source>Mitigate</source>
            <translation>緩和</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>解決</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) in range.</source>
            <translation>
                <numerusform>期間内のインシデントは %n 件です。</numerusform>
            </translation>
        </message>
        <message>
            <source>Updates on time (every %1 min): %2 of %3 gaps (%4).</source>
            <translation>時間内の報告(%1 分ごと): %3 回の間隔のうち %2 回(%4)。</translation>
        </message>
        <message>
            <source>Follow-ups done: %1 of %2 (%3); %4 overdue.</source>
            <translation>完了したフォローアップ: %2 件中 %1 件(%3)、期限切れ %4 件。</translation>
        </message>
        <message>
            <source>Incident metrics</source>
            <translation>インシデントの指標</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>開始日:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>終了日:</translation>
        </message>
        <message>
            <source>Include drills</source>
            <translation>訓練を含める</translation>
        </message>
        <message>
            <source>Update every (min):</source>
            <translation>報告間隔(分):</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV を書き出す…</translation>
        </message>
        <message>
            <source>Incidents by severity</source>
            <translation>重大度別のインシデント数</translation>
        </message>
        <message>
            <source>Incidents by month</source>
            <translation>月別のインシデント数</translation>
        </message>
        <message>
            <source>Minutes from detection (declare: to declaration; first update: from declaration)</source>
            <translation>検知からの分数(宣言: 宣言まで、初回報告: 宣言から)</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>中央値</translation>
        </message>
        <message>
            <source>90th percentile</source>
            <translation>90 パーセンタイル</translation>
        </message>
        <message>
            <source>Export per incident…</source>
            <translation>インシデント別に書き出す…</translation>
        </message>
        <message>
            <source>One row per incident with its times, for your own analysis.</source>
            <translation>インシデントごとに 1 行、各時刻を含めて書き出します。独自の分析にお使いください。</translation>
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
        <name>Milestone</name>
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
    </context>
    <context>
        <name>NotificationService</name>
        <message>
            <source>There is no template "%1" in language "%2".</source>
            <translation>言語「%2」のテンプレート「%1」はありません。</translation>
        </message>
        <message>
            <source>A template key uses lower-case letters, digits, '-' and '_' (at most 40).</source>
            <translation>テンプレートのキーには英小文字・数字・'-'・'_' を使ってください (最大 40 文字)。</translation>
        </message>
        <message>
            <source>A template is written in ja or en.</source>
            <translation>テンプレートの言語は ja か en にしてください。</translation>
        </message>
        <message>
            <source>A template needs a body.</source>
            <translation>テンプレートには本文が必要です。</translation>
        </message>
        <message>
            <source>The update has no text.</source>
            <translation>報告の本文がありません。</translation>
        </message>
        <message>
            <source>The update is too long (%1 characters; at most 30000).</source>
            <translation>報告が長すぎます (%1 文字。最大 30000 文字)。</translation>
        </message>
        <message>
            <source>Choose at least one channel.</source>
            <translation>チャンネルを 1 つ以上選んでください。</translation>
        </message>
        <message>
            <source>Update to %1 via %2:</source>
            <translation>%1への報告（%2 経由）:</translation>
        </message>
        <message>
            <source>(Drill: channels not marked for drills kept the update in the outbox.)</source>
            <translation>(訓練: 訓練用でないチャンネル宛ての報告は送信キューに保管しました。)</translation>
        </message>
        <message>
            <source>Test message from Incident Commander</source>
            <translation>Incident Commander からのテストメッセージ</translation>
        </message>
        <message>
            <source>If you can read this, %1 can send incident updates here.</source>
            <translation>このメッセージが読めれば、%1 はここにインシデントの報告を送信できます。</translation>
        </message>
        <message>
            <source>Channel test</source>
            <translation>チャンネルのテスト</translation>
        </message>
        <message>
            <source>A template needs a title (the update's first line).</source>
            <translation>テンプレートには件名（報告の 1 行目）が必要です。</translation>
        </message>
        <message>
            <source>The template is too long (title at most 500 characters, body at most 20,000).</source>
            <translation>テンプレートが長すぎます（件名は 500 文字まで、本文は 20,000 文字まで）。</translation>
        </message>
    </context>
    <context>
        <name>NotificationsPanel</name>
        <message>
            <source>Notifications</source>
            <translation>通知</translation>
        </message>
        <message>
            <source>Compose update</source>
            <translation>報告の作成</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>送信キュー</translation>
        </message>
    </context>
    <context>
        <name>NotifyCommands</name>
        <message>
            <source>retrying at %1</source>
            <translation>%1 に再試行</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>失敗: %1</translation>
        </message>
        <message>
            <source>Another Incident Commander (%1) is delivering this outbox; the messages are queued and go out from there.</source>
            <translation>別の Incident Commander (%1) がこの送信キューを配信中です。メッセージはキューに入っており、そちらから送信されます。</translation>
        </message>
        <message>
            <source>Delivered: %1, failed: %2, still owed: %3</source>
            <translation>配信済み: %1、失敗: %2、未配信: %3</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) not delivered yet; run "icctl outbox flush" again later.</source>
            <translation>
                <numerusform>%n 件のメッセージがまだ配信されていません。後で「icctl outbox flush」をもう一度実行してください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Name at least one --channel.</source>
            <translation>--channel を 1 つ以上指定してください。</translation>
        </message>
        <message>
            <source>--audience must be responders, executives or customers.</source>
            <translation>--audience には responders、executives、customers のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>--lang must be ja, en or both.</source>
            <translation>--lang には ja、en、both のいずれかを指定してください。</translation>
        </message>
        <message numerus="yes">
            <source>Queued %n message(s).</source>
            <translation>
                <numerusform>%n 件のメッセージを送信キューに入れました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n kept in the outbox instead (drill; channel not marked for drills).</source>
            <translation>
                <numerusform>うち %n 件は送信せず送信キューに保管しました (訓練中で、チャンネルが訓練用ではないため)。</numerusform>
            </translation>
        </message>
        <message>
            <source>--limit needs a positive number.</source>
            <translation>--limit には正の数を指定してください。</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n 回試行</numerusform>
            </translation>
        </message>
        <message>
            <source>--wait needs a number of seconds.</source>
            <translation>--wait には秒数を指定してください。</translation>
        </message>
    </context>
    <context>
        <name>OnCallCommands</name>
        <message>
            <source>"%1" is not an ISO 8601 time such as 2026-11-29T09:00:00+09:00.</source>
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
            <source>A rotation called "%1" already exists.</source>
            <translation>「%1」という名前のローテーションはすでにあります。</translation>
        </message>
        <message>
            <source>An override needs a start and an end after it.</source>
            <translation>代理設定には開始と、それより後の終了が必要です。</translation>
        </message>
        <message>
            <source>There is no rotation called "%1".</source>
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
        <name>OutboxModel</name>
        <message>
            <source>Retrying at %1</source>
            <translation>%1 に再試行</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>失敗: %1</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>チャンネル</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>試行回数</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>キュー投入</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>メッセージ</translation>
        </message>
    </context>
    <context>
        <name>OutboxService</name>
        <message>
            <source>Choose at least one channel.</source>
            <translation>チャンネルを 1 つ以上選んでください。</translation>
        </message>
        <message>
            <source>The channel "%1" is disabled. Enable it in its settings first.</source>
            <translation>チャンネル「%1」は無効です。先にチャンネル設定で有効にしてください。</translation>
        </message>
        <message>
            <source>Drill: kept here instead of sending, because the channel is not marked "use during drills".</source>
            <translation>訓練: チャンネルが「訓練中も使用する」に設定されていないため、送信せずここに保管しました。</translation>
        </message>
        <message>
            <source>Message %1 is %2; that cannot be changed now.</source>
            <translation>メッセージ %1 は「%2」のため、今は変更できません。</translation>
        </message>
        <message>
            <source>Cancelled by the user.</source>
            <translation>ユーザーがキャンセルしました。</translation>
        </message>
    </context>
    <context>
        <name>OutboxState</name>
        <message>
            <source>Queued</source>
            <translation>送信待ち</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>送信中</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>再試行待ち</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>配信済み</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Suppressed (drill)</source>
            <translation>保管 (訓練)</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>キャンセル</translation>
        </message>
    </context>
    <context>
        <name>OutboxStatusLabel</name>
        <message numerus="yes">
            <source>Outbox: %n undelivered</source>
            <translation>
                <numerusform>送信キュー: 未配信 %n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutboxStore</name>
        <message>
            <source>There is no outbox message %1.</source>
            <translation>送信キューにメッセージ %1 はありません。</translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <source>Event id: %1</source>
            <translation>イベント ID: %1</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>今すぐ再試行</translation>
        </message>
        <message>
            <source>Cancel message</source>
            <translation>メッセージをキャンセル</translation>
        </message>
        <message>
            <source>Select a message to see its full text and delivery history.</source>
            <translation>メッセージを選ぶと、全文と配信の経過が表示されます。</translation>
        </message>
    </context>
    <context>
        <name>OverdueReminder</name>
        <message>
            <source>%1: the update to %2 is overdue.</source>
            <translation>%1: %2 への報告が遅れています。</translation>
        </message>
        <message>
            <source>Update overdue</source>
            <translation>報告の期限切れ</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1(%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>ほか %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updates are overdue: %1.</source>
            <translation>
                <numerusform>%n 件の報告が遅れています:%1。</numerusform>
            </translation>
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
            <translation>お客様への影響あり:</translation>
        </message>
        <message>
            <source>Unsolved after an hour:</source>
            <translation>1 時間たっても未解決:</translation>
        </message>
    </context>
    <context>
        <name>PdfToUnicodeFix</name>
        <message>
            <source>Cannot finish the PDF: correcting its text for copy and search failed (%1).</source>
            <translation>PDF を仕上げられません。コピーや検索に使う文字情報を修正できませんでした（%1）。</translation>
        </message>
        <message>
            <source>a character map is damaged</source>
            <translation>文字の対応表が壊れています</translation>
        </message>
        <message>
            <source>the file is not a PDF</source>
            <translation>ファイルが PDF ではありません</translation>
        </message>
        <message>
            <source>its cross-reference table cannot be read</source>
            <translation>相互参照表を読み取れません</translation>
        </message>
        <message>
            <source>it has been updated incrementally</source>
            <translation>追記による更新が含まれています</translation>
        </message>
        <message>
            <source>object %1 is compressed in a way this program does not read</source>
            <translation>オブジェクト %1 がこのプログラムの読めない形式で圧縮されています</translation>
        </message>
        <message>
            <source>object %1 is missing or damaged</source>
            <translation>オブジェクト %1 が見つからないか壊れています</translation>
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
            <source>unknown column "%1"; known columns: %2.</source>
            <translation>不明な列「%1」です。使える列: %2。</translation>
        </message>
        <message>
            <source>the header has no "name" column.</source>
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
            <source>Nothing was imported:</source>
            <translation>何も取り込みませんでした:</translation>
        </message>
        <message>
            <source>%1 added, %2 updated.</source>
            <translation>%1 人追加、%2 人更新しました。</translation>
        </message>
        <message>
            <source>Give the name once: person add NAME, or --name NAME.</source>
            <translation>名前は 1 回だけ指定してください: person add 名前、または --name 名前。</translation>
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
            <source>The handle "%1" is not valid: no spaces, at most %2 characters.</source>
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
            <source>%n people are called "%1"; use their @handle or id instead.</source>
            <translation>
                <numerusform>「%1」という名前の人が %n 人います。@ハンドルか ID で指定してください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody called "%1" is on the roster. Add them first (icctl person add).</source>
            <translation>「%1」という人は名簿にいません。先に追加してください (icctl person add)。</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>%1 行目: %2</translation>
        </message>
        <message>
            <source>"%1…" is too long (at most %2 characters).</source>
            <translation>「%1…」は長すぎます（%2 文字まで）。</translation>
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
        <name>PreviewHtml</name>
        <message>
            <source>(no signing secret set: unsigned)</source>
            <translation>(署名シークレット未設定: 署名なし)</translation>
        </message>
        <message>
            <source>Drill: this channel is not marked for drills. The update is kept in the outbox (local sink) and not sent.</source>
            <translation>訓練: このチャンネルは訓練用に設定されていません。報告は送信されず、送信キュー (ローカル保管) に残ります。</translation>
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
        <name>Report</name>
        <message>
            <source>Customer incident report</source>
            <translation>障害報告書</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>管理番号</translation>
        </message>
        <message>
            <source>Date of report</source>
            <translation>報告日時</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ステータス</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>対応中</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>解決</translation>
        </message>
        <message>
            <source>Period of impact</source>
            <translation>影響期間</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>End</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>継続時間</translation>
        </message>
        <message>
            <source>Timeline of events</source>
            <translation>経緯</translation>
        </message>
        <message>
            <source>No update has been sent yet.</source>
            <translation>まだ報告は送られていません。</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>経営層向けサマリー</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>インシデント</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>重大度</translation>
        </message>
        <message>
            <source>Customers affected</source>
            <translation>お客様への影響</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>あり</translation>
        </message>
        <message>
            <source>No</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Impact began</source>
            <translation>影響開始</translation>
        </message>
        <message>
            <source>Time to mitigate</source>
            <translation>緩和までの時間</translation>
        </message>
        <message>
            <source>Time to resolve</source>
            <translation>解決までの時間</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>影響</translation>
        </message>
        <message>
            <source>Latest update</source>
            <translation>最新の報告</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>フォローアップ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未完了</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <source>Current status</source>
            <translation>現在のステータス</translation>
        </message>
        <message>
            <source>Last updated</source>
            <translation>最終更新</translation>
        </message>
        <message>
            <source>Changed at</source>
            <translation>変更日時</translation>
        </message>
        <message>
            <source>From</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>By</source>
            <translation>変更者</translation>
        </message>
        <message>
            <source>Command hierarchy</source>
            <translation>指揮系統</translation>
        </message>
        <message>
            <source>(current)</source>
            <translation>(現在)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>Changes made to production</source>
            <translation>本番環境に加えた変更</translation>
        </message>
        <message>
            <source>Still in place</source>
            <translation>適用中（未切り戻し）</translation>
        </message>
        <message>
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>実施者</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>How to revert</source>
            <translation>切り戻し方法</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Incident document</source>
            <translation>インシデント文書</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>Command post</source>
            <translation>指揮所</translation>
        </message>
        <message>
            <source>Exit criteria</source>
            <translation>終了条件</translation>
        </message>
        <message>
            <source>TODOs</source>
            <translation>TODO</translation>
        </message>
        <message>
            <source>Timeline (newest first)</source>
            <translation>タイムライン(新しい順)</translation>
        </message>
        <message>
            <source>Postmortem</source>
            <translation>ポストモーテム</translation>
        </message>
        <message>
            <source>Blameless: this review looks at systems and processes, not at the people who worked on them.</source>
            <translation>非難なし(ブレームレス): この振り返りで見るのはシステムとプロセスであり、対応した人ではありません。</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>タイムライン</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>対応項目</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>致命的</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>重大</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>軽微</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>%1 %2 (%3 UTC)</source>
            <translation>%1 %2(%3 UTC)</translation>
        </message>
        <message>
            <source>%1 d %2 h %3 min</source>
            <translation>%1日%2時間%3分</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1時間%2分</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1分</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>記録なし</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>DRILL</source>
            <translation>訓練</translation>
        </message>
        <message>
            <source>DRILL — this is an exercise, not a real incident</source>
            <translation>訓練 — これは演習であり、実際のインシデントではありません</translation>
        </message>
        <message>
            <source>No entries.</source>
            <translation>記録はありません。</translation>
        </message>
        <message>
            <source>Date and time (%1)</source>
            <translation>日時(%1)</translation>
        </message>
        <message>
            <source>UTC</source>
            <translation>UTC</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>記録者</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>No follow-up actions recorded yet.</source>
            <translation>フォローアップはまだ登録されていません。</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>対応内容</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>優先度</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Tracker</source>
            <translation>トラッカー</translation>
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
            <source>Closed</source>
            <translation>クローズ</translation>
        </message>
        <message>
            <source>Generated by Incident Commander at %1 from incident %2.</source>
            <translation>Incident Commander がインシデント %2 から %1 に作成しました。</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>Affected services and users</source>
            <translation>影響を受けたサービスと利用者</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Our response</source>
            <translation>対応内容</translation>
        </message>
        <message>
            <source>Prevention measures</source>
            <translation>再発防止策</translation>
        </message>
        <message>
            <source>Closing words</source>
            <translation>結びの言葉</translation>
        </message>
        <message>
            <source>Root causes and contributing factors</source>
            <translation>根本原因と寄与要因</translation>
        </message>
        <message>
            <source>What went well</source>
            <translation>うまくいったこと</translation>
        </message>
        <message>
            <source>What went badly</source>
            <translation>うまくいかなかったこと</translation>
        </message>
        <message>
            <source>Where we got lucky</source>
            <translation>運が良かったこと</translation>
        </message>
        <message>
            <source>Lessons learned</source>
            <translation>教訓</translation>
        </message>
        <message>
            <source>Decisions and help needed</source>
            <translation>必要な判断と支援</translation>
        </message>
        <message>
            <source>We began our incident response at %1.</source>
            <translation>%1 に障害対応を開始しました。</translation>
        </message>
        <message>
            <source>The impact was mitigated at %1.</source>
            <translation>%1 に影響を緩和しました。</translation>
        </message>
        <message>
            <source>The incident was resolved at %1.</source>
            <translation>%1 に復旧しました。</translation>
        </message>
        <message>
            <source>We are still working on a full resolution.</source>
            <translation>完全な復旧に向けて引き続き対応しています。</translation>
        </message>
        <message>
            <source>Hypotheses recorded during the incident:</source>
            <translation>対応中に記録された仮説:</translation>
        </message>
        <message>
            <source>(To be written.)</source>
            <translation>(記入してください)</translation>
        </message>
        <message>
            <source>We sincerely apologise for the inconvenience this incident caused. We will continue to work on preventing a recurrence.</source>
            <translation>このたびはご迷惑をおかけしましたことを深くお詫び申し上げます。再発防止に引き続き努めてまいります。</translation>
        </message>
        <message>
            <source>Previous status</source>
            <translation>変更前</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>変更後</translation>
        </message>
        <message>
            <source>Recovered</source>
            <translation>復旧済み</translation>
        </message>
        <message>
            <source>The preview shows the newest %1 of %2 entries; the exported file holds them all.</source>
            <translation>プレビューには %2 件中、新しい %1 件だけを表示しています。書き出したファイルにはすべて含まれます。</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1(期限切れ)</translation>
        </message>
        <message>
            <source>What we know</source>
            <translation>判明していること</translation>
        </message>
        <message>
            <source>What we are doing</source>
            <translation>実施中の対応</translation>
        </message>
        <message>
            <source>Next update</source>
            <translation>次回の報告</translation>
        </message>
        <message>
            <source>Reverted at %1</source>
            <translation>%1 に切り戻し済み</translation>
        </message>
        <message>
            <source>Confirmed during the incident:</source>
            <translation>対応中に確認された原因:</translation>
        </message>
        <message>
            <source>Ruled out:</source>
            <translation>否定された仮説:</translation>
        </message>
        <message>
            <source>Incident Commander</source>
            <translation>インシデントコマンダー</translation>
        </message>
        <message>
            <source>Nobody was assigned a role on the role board.</source>
            <translation>役割ボードで役割を割り当てられた人はいません。</translation>
        </message>
        <message>
            <source>Incident Commander now</source>
            <translation>現在のインシデントコマンダー</translation>
        </message>
        <message>
            <source>Nobody holds command</source>
            <translation>指揮を執っている人はいません</translation>
        </message>
        <message>
            <source>The IC also holds</source>
            <translation>IC が兼務している役割</translation>
        </message>
        <message>
            <source>No other role: every role is delegated</source>
            <translation>なし(すべての役割を委任済み)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Who held which role</source>
            <translation>役割の担当履歴</translation>
        </message>
        <message>
            <source>Handoffs</source>
            <translation>引き継ぎ</translation>
        </message>
        <message>
            <source>No handoffs recorded.</source>
            <translation>引き継ぎは記録されていません。</translation>
        </message>
        <message>
            <source>Acknowledged at</source>
            <translation>引き継ぎ日時</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>前任者</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>後任者</translation>
        </message>
        <message>
            <source>Briefing</source>
            <translation>ブリーフィング</translation>
        </message>
        <message>
            <source>Incident command</source>
            <translation>指揮の経過</translation>
        </message>
        <message>
            <source>Nobody held command on the role board.</source>
            <translation>役割ボードには指揮を執った人の記録がありません。</translation>
        </message>
        <message>
            <source>How it ended</source>
            <translation>終了の理由</translation>
        </message>
        <message>
            <source>%1, since %2</source>
            <translation>%1 — %2 から</translation>
        </message>
        <message>
            <source>%1, until %2</source>
            <translation>%1 — %2 まで</translation>
        </message>
    </context>
    <context>
        <name>ReportCommands</name>
        <message>
            <source>Unknown report kind "%1". Known kinds: %2</source>
            <translation>不明な文書の種類「%1」です。指定できる種類: %2</translation>
        </message>
        <message>
            <source>Say where to write the report with --out FILE.</source>
            <translation>書き出し先を --out FILE で指定してください。</translation>
        </message>
        <message>
            <source>Unknown format "%1"; use md, html or pdf.</source>
            <translation>不明な形式「%1」です。md、html、pdf のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>Unknown report language "%1"; use ja or en.</source>
            <translation>不明な文書の言語「%1」です。ja か en を指定してください。</translation>
        </message>
        <message>
            <source>Unknown time zone "%1"; use an IANA name such as Asia/Tokyo.</source>
            <translation>不明なタイムゾーン「%1」です。Asia/Tokyo のような IANA 名を指定してください。</translation>
        </message>
        <message>
            <source>Unknown section "%1". Known sections: %2</source>
            <translation>不明なセクション「%1」です。指定できるセクション: %2</translation>
        </message>
        <message>
            <source>Give the new wording with --text (an empty text restores the derived wording).</source>
            <translation>新しい文章を --text で指定してください(空にすると、インシデントから作られた文章に戻ります)。</translation>
        </message>
        <message>
            <source> (derived)</source>
            <translation>(自動作成)</translation>
        </message>
        <message>
            <source>(back to the derived wording)</source>
            <translation>(自動作成の文章に戻した)</translation>
        </message>
        <message>
            <source>"%1" is not a version number: use the first column of `report history`.</source>
            <translation>「%1」は版番号ではありません。`report history` の最初の列の番号を指定してください。</translation>
        </message>
        <message>
            <source>Restored the wording of %1 saved on %2 by %3.</source>
            <translation>%1 の文章を、%2 に %3 が保存した版に戻しました。</translation>
        </message>
    </context>
    <context>
        <name>ReportExporter</name>
        <message>
            <source>PDF export needs the graphical libraries; start the program with a GUI platform.</source>
            <translation>PDF の書き出しにはグラフィックライブラリが必要です。GUI プラットフォームでプログラムを起動してください。</translation>
        </message>
        <message>
            <source>PDF export is not available in this program.</source>
            <translation>このプログラムでは PDF を書き出せません。</translation>
        </message>
    </context>
    <context>
        <name>ReportService</name>
        <message>
            <source>The report text is too long (at most %1 characters).</source>
            <translation>文書の文章が長すぎます(最大 %1 文字)。</translation>
        </message>
        <message>
            <source>"%1" is not a date and time. Write it as ISO 8601, such as 2026-11-29T08:30:00Z.</source>
            <translation>「%1」は日時として読めません。2026-11-29T08:30:00Z のように ISO 8601 形式で書いてください。</translation>
        </message>
        <message>
            <source>The impact cannot end (%1) before it began (%2).</source>
            <translation>影響の終了(%1)を開始(%2)より前にはできません。</translation>
        </message>
    </context>
    <context>
        <name>ReportTextStore</name>
        <message>
            <source>This incident's report wording has no version %1.</source>
            <translation>このインシデントの報告書の文章に版 %1 はありません。</translation>
        </message>
    </context>
    <context>
        <name>ReportWordingEditor</name>
        <message>
            <source>This document is written from the incident as it stands; there is no wording to edit.</source>
            <translation>この文書はインシデントの現在の内容から作成されます。編集する文章はありません。</translation>
        </message>
        <message>
            <source>Edit the wording before you export. An empty box uses the text shown in grey, derived from the incident.</source>
            <translation>書き出す前に文章を編集してください。空欄の場合は、インシデントから作られた灰色の文章が使われます。</translation>
        </message>
        <message>
            <source>Adjust the period of impact (your local time)</source>
            <translation>影響期間を調整する(この端末の現地時刻)</translation>
        </message>
        <message>
            <source>Customers may have been affected before we detected it. Off: detection to mitigation, as recorded.</source>
            <translation>検知より前からお客様に影響が出ていた場合に調整します。オフのときは記録どおり、検知から緩和までです。</translation>
        </message>
        <message>
            <source>Impact began:</source>
            <translation>影響開始:</translation>
        </message>
        <message>
            <source>Impact ended:</source>
            <translation>影響終了:</translation>
        </message>
    </context>
    <context>
        <name>ReportsMenu</name>
        <message>
            <source>&amp;Reports</source>
            <translation>レポート(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Follow-ups across incidents…</source>
            <translation>全インシデントのフォローアップ(&amp;F)…</translation>
        </message>
        <message>
            <source>Incident &amp;metrics…</source>
            <translation>インシデントの指標(&amp;M)…</translation>
        </message>
    </context>
    <context>
        <name>ReportsPanel</name>
        <message>
            <source>Reports</source>
            <translation>レポート</translation>
        </message>
        <message>
            <source>Wording saved.</source>
            <translation>文章を保存しました。</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>%1 に書き出しました</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>HTML (*.html)</source>
            <translation>HTML (*.html)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>文書を書き出す</translation>
        </message>
        <message>
            <source>Document:</source>
            <translation>文書:</translation>
        </message>
        <message>
            <source>Report language:</source>
            <translation>文書の言語:</translation>
        </message>
        <message>
            <source>Save wording</source>
            <translation>文章を保存</translation>
        </message>
        <message>
            <source>Export Markdown…</source>
            <translation>Markdown を書き出す…</translation>
        </message>
        <message>
            <source>Export HTML…</source>
            <translation>HTML を書き出す…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>PDF を書き出す…</translation>
        </message>
        <message>
            <source>Reader's time zone:</source>
            <translation>読み手のタイムゾーン:</translation>
        </message>
        <message>
            <source>Times in the report are given in this zone and in UTC.</source>
            <translation>文書中の日時はこのタイムゾーンと UTC で記載されます。</translation>
        </message>
        <message>
            <source>Markdown copied: paste it into the tracker issue or the chat.</source>
            <translation>Markdown をコピーしました。課題管理の課題やチャットに貼り付けてください。</translation>
        </message>
        <message>
            <source>Copy Markdown</source>
            <translation>Markdown をコピー</translation>
        </message>
        <message>
            <source>Copy the whole document as Markdown, e.g. for the tracker issue that sums up the incident.</source>
            <translation>文書全体を Markdown としてコピーします(インシデントをまとめる課題管理の課題などに)。</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>履歴…</translation>
        </message>
        <message>
            <source>Every saved version of this document's wording: when, by whom.</source>
            <translation>この文書の文章の保存済みの版すべて(日時と保存者)。</translation>
        </message>
        <message>
            <source>Impact began</source>
            <translation>影響開始</translation>
        </message>
        <message>
            <source>Impact ended</source>
            <translation>影響終了</translation>
        </message>
        <message>
            <source>(back to the wording derived from the incident)</source>
            <translation>(インシデントから自動作成した文章に戻した)</translation>
        </message>
        <message>
            <source>%1 — %2, %3:
%4</source>
            <translation>%1 — %2、%3:
%4</translation>
        </message>
        <message>
            <source>The wording of this document has not been edited yet.</source>
            <translation>この文書の文章はまだ編集されていません。</translation>
        </message>
        <message>
            <source>History of the wording</source>
            <translation>文章の履歴</translation>
        </message>
        <message>
            <source>Restored the version saved on %1 by %2.</source>
            <translation>%1 に %2 が保存した版に戻しました。</translation>
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
            <translation>どんな応援が必要ですか?(任意。計画リードが人を探します)</translation>
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
            <translation>解除</translation>
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
        <message>
            <source>How to reach them: unknown (add a handle, phone or e-mail on the roster)</source>
            <translation>連絡先: 不明（名簿にハンドル・電話番号・メールを登録してください）</translation>
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
            <source>Unknown format "%1": use csv or markdown.</source>
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
        <message>
            <source>--announce goes with a recorded handoff, not with --offer: nothing has changed hands until they acknowledge.</source>
            <translation>--announce は記録する引き継ぎに使います。--offer とは併用できません（相手が確認するまで役割は移っていません）。</translation>
        </message>
        <message>
            <source>--lang must be ja, en or both.</source>
            <translation>--lang には ja、en、both のいずれかを指定してください。</translation>
        </message>
        <message numerus="yes">
            <source>Handoff notice queued for %n channel(s).</source>
            <translation>
                <numerusform>引き継ぎのお知らせを %n 件のチャンネルの送信キューに入れました。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoleFactSource</name>
        <message>
            <source>Role board: when the commander, operations, communications and planning roles first all had a holder (the IC counts only for roles assigned to them, not for vacant ones); handoff offers with their briefing, and handoffs acknowledged by the incoming holder.</source>
            <translation>役割ボード: 指揮・運用・広報・計画の4つの役割すべてに初めて担当者がそろった時刻 (IC は自分に割り当てた役割だけを担当として数え、空席の役割は数えません)。ブリーフィング付きの引き継ぎの申し出と、引き継ぐ側が確認した引き継ぎ。</translation>
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
            <source>Unknown role "%1". Use one of %2, or a custom role created first (icctl role define).</source>
            <translation>不明な役割「%1」です。%2 のいずれか、または先に作成したカスタム役割 (icctl role define) を指定してください。</translation>
        </message>
        <message>
            <source>"%1" is a built-in role; choose another key for a custom role.</source>
            <translation>「%1」は組み込みの役割です。カスタム役割には別のキーを選んでください。</translation>
        </message>
        <message>
            <source>The role key "%1" is not valid: start with a lower-case letter, then letters, digits or '-', at most 32 characters.</source>
            <translation>役割のキー「%1」は使えません。英小文字で始め、続けて英字・数字・「-」を使い、32 文字以内にしてください。</translation>
        </message>
        <message>
            <source>A custom role needs a name.</source>
            <translation>カスタム役割には名前が必要です。</translation>
        </message>
        <message>
            <source>The role "%1" already exists.</source>
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
            <translation>対応中のインシデントには常にインシデントコマンダーが必要です。解除ではなく指揮を引き継いでください。</translation>
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
            <source>Nothing was imported. Fix these rows and import the file again:</source>
            <translation>何も取り込みませんでした。次の行を直してから、もう一度取り込んでください:</translation>
        </message>
        <message>
            <source>Imported: %1 added, %2 updated.</source>
            <translation>取り込み完了: %1 人追加、%2 人更新。</translation>
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
        <name>ScenarioJsonReader</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>unknown field (allowed here: %1)</source>
            <translation>不明な項目です(ここで使える項目: %1)</translation>
        </message>
        <message>
            <source>required field is missing</source>
            <translation>必須の項目がありません</translation>
        </message>
        <message>
            <source>expected an object, found %1</source>
            <translation>オブジェクトが必要ですが、%1 があります</translation>
        </message>
        <message>
            <source>expected an array, found %1</source>
            <translation>配列が必要ですが、%1 があります</translation>
        </message>
        <message>
            <source>too many items (%1; at most %2)</source>
            <translation>要素が多すぎます(%1 個。最大 %2 個)</translation>
        </message>
        <message>
            <source>expected a string, found %1</source>
            <translation>文字列が必要ですが、%1 があります</translation>
        </message>
        <message>
            <source>text is too long (%1 characters; at most %2)</source>
            <translation>テキストが長すぎます(%1 文字。最大 %2 文字)</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>空にはできません</translation>
        </message>
        <message>
            <source>an identifier uses only a-z, 0-9, "-" and "_" (found "%1")</source>
            <translation>識別子に使えるのは a-z、0-9、「-」、「_」だけです(「%1」)</translation>
        </message>
        <message>
            <source>unknown value "%1" (expected one of: %2)</source>
            <translation>不明な値「%1」です(使える値: %2)</translation>
        </message>
        <message>
            <source>expected an object with "en" and "ja" texts, found %1</source>
            <translation>「en」と「ja」のテキストを持つオブジェクトが必要ですが、%1 があります</translation>
        </message>
        <message>
            <source>expected a number, found %1</source>
            <translation>数値が必要ですが、%1 があります</translation>
        </message>
        <message>
            <source>number out of range (%1 to %2)</source>
            <translation>数値が範囲外です(%1〜%2)</translation>
        </message>
        <message>
            <source>expected a whole number</source>
            <translation>整数が必要です</translation>
        </message>
        <message>
            <source>"%1" is not a time such as T+5m, 1h30m or 90s</source>
            <translation>「%1」は T+5m、1h30m、90s のような時間ではありません</translation>
        </message>
        <message>
            <source>%1 is longer than allowed here (%2)</source>
            <translation>%1 はここで許される長さ(%2)を超えています</translation>
        </message>
        <message>
            <source>expected a string or an object with "en" and "ja" names, found %1</source>
            <translation>文字列、または「en」と「ja」の名前を持つオブジェクトが必要ですが、%1 があります</translation>
        </message>
    </context>
    <context>
        <name>ScenarioLibrary</name>
        <message>
            <source>Cannot read the scenario file %1: %2</source>
            <translation>シナリオファイル %1 を読み込めません: %2</translation>
        </message>
        <message>
            <source>The scenario file is too large (%1 bytes; at most %2).</source>
            <translation>シナリオファイルが大きすぎます(%1 バイト。最大 %2 バイト)。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>There is no scenario "%1": give a file or one of %2.</source>
            <translation>シナリオ「%1」はありません。ファイルか、次のいずれかを指定してください: %2。</translation>
        </message>
    </context>
    <context>
        <name>ScenarioParser</name>
        <message>
            <source>an inject has either "if" or "unless", not both</source>
            <translation>インジェクトには「if」か「unless」のどちらか一方だけを指定します</translation>
        </message>
        <message>
            <source>an inject must be an object</source>
            <translation>インジェクトはオブジェクトで指定してください</translation>
        </message>
        <message>
            <source>required field is missing</source>
            <translation>必須の項目がありません</translation>
        </message>
        <message>
            <source>a target must be longer than zero</source>
            <translation>目標は 0 より長くしてください</translation>
        </message>
        <message>
            <source>at least one score needs a weight above zero</source>
            <translation>少なくとも1つのスコアに 0 より大きい重みが必要です</translation>
        </message>
        <message>
            <source>a scenario needs at least one inject</source>
            <translation>シナリオには少なくとも1つのインジェクトが必要です</translation>
        </message>
        <message>
            <source>the id "%1" is used twice</source>
            <translation>ID「%1」が重複しています</translation>
        </message>
        <message>
            <source>times must not go backwards (T+%1 comes after T+%2)</source>
            <translation>時刻を前に戻すことはできません(T+%2 の後に T+%1 があります)</translation>
        </message>
        <message>
            <source>The scenario file is too large (%1 bytes; at most %2).</source>
            <translation>シナリオファイルが大きすぎます(%1 バイト。最大 %2 バイト)。</translation>
        </message>
        <message>
            <source>%1: the file nests objects and arrays deeper than %2 levels.</source>
            <translation>%1: オブジェクトや配列の入れ子が %2 階層より深くなっています。</translation>
        </message>
        <message>
            <source>The scenario is not valid JSON at byte %1: %2.</source>
            <translation>シナリオの %1 バイト目が正しい JSON ではありません: %2。</translation>
        </message>
        <message>
            <source>%1: a scenario file holds one JSON object.</source>
            <translation>%1: シナリオファイルには JSON オブジェクトを1つだけ書きます。</translation>
        </message>
        <message>
            <source>%1: a scenario must last longer than zero.</source>
            <translation>%1: シナリオの長さは 0 より長くしてください。</translation>
        </message>
        <message>
            <source>Cannot read the scenario file %1: %2</source>
            <translation>シナリオファイル %1 を読み込めません: %2</translation>
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
        <name>SeverityPicker</name>
        <message>
            <source>Change severity</source>
            <translation>重大度の変更</translation>
        </message>
        <message>
            <source>Change %1 from %2 to %3?

%3: %4

Reason (optional, recorded in the timeline):</source>
            <translation>%1 の重大度を %2 から %3 に変更しますか?

%3: %4

理由 (任意。タイムラインに記録されます):</translation>
        </message>
        <message>
            <source>Change to %1</source>
            <translation>%1 に変更</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>チェックリスト</translation>
        </message>
        <message>
            <source>The incident is now %1. Add the steps of the %1 checklist that this incident's checklist does not have yet?</source>
            <translation>インシデントは %1 になりました。%1 のチェックリストにあって、このインシデントのチェックリストにまだない手順を追加しますか?</translation>
        </message>
        <message>
            <source>Add the missing steps</source>
            <translation>足りない手順を追加</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>今はしない</translation>
        </message>
        <message>
            <source>Severity:</source>
            <translation>重大度:</translation>
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
        <name>TemplateCommands</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n 項目</numerusform>
            </translation>
        </message>
        <message>
            <source>shipped default</source>
            <translation>標準（同梱）</translation>
        </message>
        <message>
            <source>revision %1 by %2</source>
            <translation>リビジョン %1（%2）</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>%1 を読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>%1 was not imported. %2</source>
            <translation>%1 は取り込まれませんでした。%2</translation>
        </message>
        <message numerus="yes">
            <source>Imported template %1 (revision %2, %n item(s)).</source>
            <translation>
                <numerusform>テンプレート %1 を取り込みました（リビジョン %2、%n 項目）。</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" is the team's own template, with no shipped default to return to; to delete it, use "icctl template remove %1".</source>
            <translation>「%1」はチーム独自のテンプレートで、戻す既定の内容がありません。削除するには "icctl template remove %1" を使ってください。</translation>
        </message>
        <message>
            <source>"%1" is a shipped template and cannot be removed; "icctl template reset %1" returns it to its default.</source>
            <translation>「%1」は同梱のテンプレートなので削除できません。"icctl template reset %1" で既定の内容に戻せます。</translation>
        </message>
        <message>
            <source>Template %1 is the shipped default again.</source>
            <translation>テンプレート %1 を同梱の既定の内容に戻しました。</translation>
        </message>
        <message>
            <source>Template %1 removed.</source>
            <translation>テンプレート %1 を削除しました。</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>bundled</source>
            <translation>同梱</translation>
        </message>
        <message>
            <source>team</source>
            <translation>チーム</translation>
        </message>
        <message>
            <source>Saved as your team's template. The composer uses it from now on.</source>
            <translation>チームのテンプレートとして保存しました。以後、報告の作成にはこちらが使われます。</translation>
        </message>
        <message>
            <source>Message templates</source>
            <translation>メッセージテンプレート</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>キー:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>言語:</translation>
        </message>
        <message>
            <source>Audience:</source>
            <translation>宛先:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名前:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>件名:</translation>
        </message>
        <message>
            <source>Body:</source>
            <translation>本文:</translation>
        </message>
        <message>
            <source>Placeholders: %1</source>
            <translation>プレースホルダー: %1</translation>
        </message>
        <message>
            <source>New template</source>
            <translation>新しいテンプレート</translation>
        </message>
        <message>
            <source>Save as team template</source>
            <translation>チームのテンプレートとして保存</translation>
        </message>
        <message>
            <source>Remove team template</source>
            <translation>チームのテンプレートを削除</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditorDialog</name>
        <message>
            <source>Import checklist template</source>
            <translation>チェックリストのテンプレートを取り込む</translation>
        </message>
        <message>
            <source>Checklist templates (*.json)</source>
            <translation>チェックリストのテンプレート (*.json)</translation>
        </message>
        <message>
            <source>Export checklist template</source>
            <translation>チェックリストのテンプレートを書き出す</translation>
        </message>
        <message>
            <source>Shipped default for %1; saving keeps your version instead.</source>
            <translation>%1 の標準テンプレートです。保存するとチームの版が代わりに使われます。</translation>
        </message>
        <message>
            <source>Revision %1, saved by %2, %3</source>
            <translation>リビジョン %1（%2 が保存、%3）</translation>
        </message>
        <message>
            <source>Saved revision %1 of "%2". New incidents of this severity start with it.</source>
            <translation>「%2」のリビジョン %1 を保存しました。この重大度の新しいインシデントはこれを使います。</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>%1 を読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>Nothing was imported. %1</source>
            <translation>何も取り込まれませんでした。%1</translation>
        </message>
        <message>
            <source>Imported "%1" (revision %2).</source>
            <translation>「%1」を取り込みました（リビジョン %2）。</translation>
        </message>
        <message>
            <source>Exported the saved version to %1; unsaved edits are not in the file.</source>
            <translation>保存済みの版を %1 に書き出しました。未保存の変更は含まれません。</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>%1 に書き出しました。</translation>
        </message>
        <message>
            <source>Reset template</source>
            <translation>テンプレートを元に戻す</translation>
        </message>
        <message>
            <source>Drop your version of "%1"? A shipped template returns to its default; a template of your own is deleted.</source>
            <translation>「%1」のチームの版を破棄しますか？ 同梱のテンプレートは標準に戻り、独自のテンプレートは削除されます。</translation>
        </message>
        <message>
            <source>Checklist templates</source>
            <translation>チェックリストのテンプレート</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>テンプレート:</translation>
        </message>
        <message>
            <source>Name (English):</source>
            <translation>名前（英語）:</translation>
        </message>
        <message>
            <source>Name (Japanese):</source>
            <translation>名前（日本語）:</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>項目を追加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上へ</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下へ</translation>
        </message>
        <message>
            <source>Import JSON…</source>
            <translation>JSON を取り込む…</translation>
        </message>
        <message>
            <source>Export JSON…</source>
            <translation>JSON を書き出す…</translation>
        </message>
        <message>
            <source>Reset…</source>
            <translation>元に戻す…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存の変更</translation>
        </message>
        <message>
            <source>Discard the unsaved changes to "%1"?</source>
            <translation>「%1」の未保存の変更を破棄しますか？</translation>
        </message>
        <message>
            <source>Copy as new template</source>
            <translation>新しいテンプレートとしてコピー</translation>
        </message>
        <message>
            <source>Key of the new template (lowercase letters, digits, '-' or '_'), e.g. payments-sev2:</source>
            <translation>新しいテンプレートのキー（英小文字・数字・「-」「_」）。例: payments-sev2</translation>
        </message>
        <message>
            <source>"%1" cannot be used: choose a new key of lowercase letters, digits, '-' or '_'.</source>
            <translation>「%1」は使えません。英小文字・数字・「-」「_」で新しいキーを指定してください。</translation>
        </message>
        <message>
            <source>Copy as new…</source>
            <translation>コピーして新規作成…</translation>
        </message>
        <message>
            <source>(none: not used automatically)</source>
            <translation>（なし: 自動では使われない）</translation>
        </message>
        <message>
            <source>New template "%1", not saved yet. Choose a severity to make it that severity's playbook.</source>
            <translation>新しいテンプレート「%1」（未保存）。重大度を選ぶと、その重大度の対応手順になります。</translation>
        </message>
        <message>
            <source>Used for:</source>
            <translation>使う重大度:</translation>
        </message>
    </context>
    <context>
        <name>TemplateEngine</name>
        <message>
            <source>Unknown placeholder %1. Known placeholders: %2</source>
            <translation>不明なプレースホルダー %1 があります。使えるプレースホルダー: %2</translation>
        </message>
    </context>
    <context>
        <name>TemplateFile</name>
        <message>
            <source>Unknown field "%1". Allowed here: %2.</source>
            <translation>不明な項目「%1」です。ここで使えるのは %2 です。</translation>
        </message>
        <message>
            <source>The field "%1" is missing.</source>
            <translation>項目「%1」がありません。</translation>
        </message>
        <message>
            <source>"%1" must be a text in quotes.</source>
            <translation>「%1」は引用符で囲んだ文字列にしてください。</translation>
        </message>
        <message>
            <source>"%1" must be an object with "en" and "ja" texts.</source>
            <translation>「%1」は "en" と "ja" の文字列を持つオブジェクトにしてください。</translation>
        </message>
        <message>
            <source>Each item must be an object.</source>
            <translation>各項目はオブジェクトにしてください。</translation>
        </message>
        <message>
            <source>Unknown phase "%1". Use one of %2.</source>
            <translation>フェーズ「%1」は存在しません。%2 のいずれかを使ってください。</translation>
        </message>
        <message>
            <source>"timebox_minutes" must be a whole number of minutes, 1 or more.</source>
            <translation>"timebox_minutes" は 1 以上の整数（分）にしてください。</translation>
        </message>
        <message>
            <source>This is not a checklist template (format must be "%1").</source>
            <translation>チェックリストのテンプレートではありません（format は "%1" である必要があります）。</translation>
        </message>
        <message>
            <source>"version" must be a whole number.</source>
            <translation>"version" は整数にしてください。</translation>
        </message>
        <message>
            <source>The template was written by a newer version of Incident Commander (format version %1; this one reads up to %2).</source>
            <translation>このテンプレートは新しいバージョンの Incident Commander で作られています（形式バージョン %1。このバージョンが読めるのは %2 まで）。</translation>
        </message>
        <message>
            <source>"version" must be 1 or more.</source>
            <translation>"version" は 1 以上にしてください。</translation>
        </message>
        <message>
            <source>Unknown severity "%1". Use SEV1, SEV2, SEV3 or SEV4.</source>
            <translation>重大度「%1」は存在しません。SEV1、SEV2、SEV3、SEV4 のいずれかを使ってください。</translation>
        </message>
        <message>
            <source>"items" must be a list of items.</source>
            <translation>"items" は項目のリスト（配列）にしてください。</translation>
        </message>
        <message>
            <source>A template holds at most %1 items (this one has %2).</source>
            <translation>テンプレートの項目は最大 %1 件です（このファイルは %2 件）。</translation>
        </message>
        <message>
            <source>Line %1, %2: %3</source>
            <translation>%1 行目、%2: %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The file is too large for a checklist template (%1 KiB; at most %2 KiB).</source>
            <translation>チェックリストのテンプレートとしてはファイルが大きすぎます（%1 KiB。最大 %2 KiB）。</translation>
        </message>
        <message>
            <source>Line %1, column %2: the file is not valid JSON (%3).</source>
            <translation>%1 行目 %2 文字目: 正しい JSON ではありません（%3）。</translation>
        </message>
        <message>
            <source>Line 1, $: a checklist template must be one JSON object.</source>
            <translation>1 行目、$: チェックリストのテンプレートは 1 つの JSON オブジェクトにしてください。</translation>
        </message>
    </context>
    <context>
        <name>TemplateItemEditor</name>
        <message>
            <source>(no owner)</source>
            <translation>（担当なし）</translation>
        </message>
        <message>
            <source>Phase:</source>
            <translation>フェーズ:</translation>
        </message>
        <message>
            <source>Owner role:</source>
            <translation>担当の役割:</translation>
        </message>
        <message>
            <source>Time box:</source>
            <translation>期限:</translation>
        </message>
        <message>
            <source>English:</source>
            <translation>英語:</translation>
        </message>
        <message>
            <source>Japanese:</source>
            <translation>日本語:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source> min after declaring</source>
            <translation> 分（宣言から）</translation>
        </message>
        <message>
            <source>What to do, in English</source>
            <translation>やること（英語）</translation>
        </message>
        <message>
            <source>What to do, in Japanese</source>
            <translation>やること（日本語）</translation>
        </message>
        <message>
            <source> min from now</source>
            <translation> 分（今から）</translation>
        </message>
    </context>
    <context>
        <name>TemplateRules</name>
        <message>
            <source>The Japanese text is missing; every text is needed in both languages.</source>
            <translation>日本語の文がありません。すべての文に両方の言語が必要です。</translation>
        </message>
        <message>
            <source>The English text is missing; every text is needed in both languages.</source>
            <translation>英語の文がありません。すべての文に両方の言語が必要です。</translation>
        </message>
        <message>
            <source>The text is too long (%1 characters; at most %2).</source>
            <translation>文が長すぎます（%1 文字。最大 %2 文字）。</translation>
        </message>
        <message>
            <source>English text</source>
            <translation>英語の文</translation>
        </message>
        <message>
            <source>Japanese text</source>
            <translation>日本語の文</translation>
        </message>
        <message>
            <source>owner role</source>
            <translation>担当の役割</translation>
        </message>
        <message>
            <source>time box</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>フェーズ</translation>
        </message>
        <message>
            <source>"%1" is not a valid template key: use 1 to 40 lowercase letters, digits, '-' or '_'.</source>
            <translation>「%1」はテンプレートのキーとして使えません。英小文字・数字・「-」「_」を 1〜40 文字で指定してください。</translation>
        </message>
        <message>
            <source>A template needs at least one item.</source>
            <translation>テンプレートには少なくとも 1 つの項目が必要です。</translation>
        </message>
        <message>
            <source>A template holds at most %1 items (this one has %2).</source>
            <translation>テンプレートの項目は最大 %1 件です（このテンプレートは %2 件）。</translation>
        </message>
        <message>
            <source>Unknown role "%1". Use one of %2, or custom:&lt;name&gt;.</source>
            <translation>役割「%1」は存在しません。%2 のいずれか、または custom:&lt;名前&gt; を指定してください。</translation>
        </message>
        <message>
            <source>The time box must be between 1 and %1 minutes, or absent.</source>
            <translation>期限は 1〜%1 分の範囲で指定するか、省略してください。</translation>
        </message>
        <message>
            <source>Template name, %1: %2</source>
            <translation>テンプレート名、%1: %2</translation>
        </message>
        <message>
            <source>Item %1, %2: %3</source>
            <translation>項目 %1、%2: %3</translation>
        </message>
    </context>
    <context>
        <name>TemplateService</name>
        <message>
            <source>There is no checklist template "%1".</source>
            <translation>チェックリストのテンプレート「%1」は存在しません。</translation>
        </message>
        <message>
            <source>There is no checklist template for %1.</source>
            <translation>%1 用のチェックリストのテンプレートがありません。</translation>
        </message>
        <message>
            <source>The template "%1" is already the shipped default.</source>
            <translation>テンプレート「%1」はすでに標準のままです。</translation>
        </message>
        <message>
            <source>The template "%1" is the %2 playbook: keep its severity %2, or give the template another key.</source>
            <translation>テンプレート「%1」は %2 の対応手順です。重大度は %2 のままにするか、別のキーを付けてください。</translation>
        </message>
    </context>
    <context>
        <name>TimelineFactSource</name>
        <message>
            <source>Incident and timeline: declaration, mitigation and resolution times; communication entries as stakeholder updates.</source>
            <translation>インシデントとタイムライン: 宣言・緩和・解決の時刻。「連絡」エントリーを関係者への報告として数えます。</translation>
        </message>
    </context>
    <context>
        <name>TimelineFilterBar</name>
        <message>
            <source>Search the timeline (Ctrl+F)</source>
            <translation>タイムラインを検索（Ctrl+F）</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>すべての種別</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全員</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>すべての役割</translation>
        </message>
        <message>
            <source>Important only</source>
            <translation>重要のみ</translation>
        </message>
        <message>
            <source>Show deleted</source>
            <translation>削除済みも表示</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>新しい順</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>古い順</translation>
        </message>
        <message>
            <source>Switch the order (Ctrl+Shift+O)</source>
            <translation>並び順を切り替え（Ctrl+Shift+O）</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
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
        <message>
            <source>%1 (%2 UTC)</source>
            <translation>%1（UTC %2）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message numerus="yes">
            <source>[%n link(s)]</source>
            <translation>
                <numerusform>［リンク %n 件］</numerusform>
            </translation>
        </message>
        <message>
            <source>Occurred (local, UTC)</source>
            <translation>発生日時（現地・UTC）</translation>
        </message>
        <message>
            <source>%1 · public</source>
            <translation>%1 · 公開</translation>
        </message>
        <message>
            <source>Occurred %1
Recorded %2</source>
            <translation>発生 %1
記録 %2</translation>
        </message>
        <message>
            <source>Local time. The date is shown for entries that are not on the day the incident was declared (%1).</source>
            <translation>現地時刻。インシデントを宣言した日（%1）以外の記録にだけ日付を表示します。</translation>
        </message>
        <message>
            <source>Occurred</source>
            <translation>発生日時</translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <source>Timeline</source>
            <translation>タイムライン</translation>
        </message>
        <message>
            <source>Edit entry</source>
            <translation>記録の編集</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>記録の追加</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>記録の削除</translation>
        </message>
        <message>
            <source>Restore entry</source>
            <translation>記録の復元</translation>
        </message>
        <message>
            <source>Mark important</source>
            <translation>重要にする</translation>
        </message>
        <message>
            <source>Unmark important</source>
            <translation>重要を外す</translation>
        </message>
        <message>
            <source>Make public</source>
            <translation>公開にする</translation>
        </message>
        <message>
            <source>Make internal</source>
            <translation>社内限定にする</translation>
        </message>
        <message numerus="yes">
            <source>Add %n entries from a transcript</source>
            <translation>
                <numerusform>チャットから %n 件を追加</numerusform>
            </translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>やり直し</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>編集</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>復元</translation>
        </message>
        <message>
            <source>Important</source>
            <translation>重要</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>公開</translation>
        </message>
        <message>
            <source>Paste chat…</source>
            <translation>チャットを貼り付け…</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>新しい記録</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>検索</translation>
        </message>
        <message>
            <source>History</source>
            <translation>履歴</translation>
        </message>
        <message>
            <source>Newest or oldest first</source>
            <translation>新しい順／古い順</translation>
        </message>
        <message>
            <source>Show deleted entries</source>
            <translation>削除済みの記録を表示</translation>
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
            <source>An entry can hold at most %1 links.</source>
            <translation>1 つの記録に付けられるリンクは最大 %1 件です。</translation>
        </message>
        <message>
            <source>"%1" is not a link. Write it with its scheme, such as https://…</source>
            <translation>「%1」はリンクではありません。https://… のようにスキームから書いてください。</translation>
        </message>
        <message>
            <source>Only a milestone entry can mark a milestone.</source>
            <translation>マイルストーンを設定できるのは種別「マイルストーン」の記録だけです。</translation>
        </message>
        <message>
            <source>There is no incident %1.</source>
            <translation>インシデント %1 は存在しません。</translation>
        </message>
        <message>
            <source>This entry was changed elsewhere meanwhile (it is now version %1); your edit was not saved. Look at the entry again, then repeat your edit.</source>
            <translation>この記録はその間に別の場所で変更されました（現在は第 %1 版）。編集は保存していません。記録を見直してから、もう一度編集してください。</translation>
        </message>
        <message>
            <source>"%1" cannot be kept as a link: only http, https and mailto addresses are allowed.</source>
            <translation>「%1」はリンクとして保存できません。使えるのは http、https、mailto のアドレスだけです。</translation>
        </message>
        <message>
            <source>There is nothing to add.</source>
            <translation>追加するものがありません。</translation>
        </message>
        <message>
            <source>Entry %1 of %2: %3</source>
            <translation>%2 件中 %1 件目: %3</translation>
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
    <context>
        <name>TranscriptDialog</name>
        <message>
            <source>Paste a chat transcript</source>
            <translation>チャットの書き起こしを貼り付け</translation>
        </message>
        <message>
            <source>Paste the chat (lines such as "09:31 alice: restarted db-2", "[09:31] alice: …" or "2026-11-29 09:31 alice …"). Lines without a time continue the message above. Untick what should not become a timeline entry.</source>
            <translation>チャットを貼り付けてください（「09:31 alice: db-2 を再起動」「[09:31] alice: …」「2026-11-29 09:31 alice …」のような行）。時刻のない行は直前の発言の続きになります。タイムラインに載せない行はチェックを外してください。</translation>
        </message>
        <message>
            <source>Paste here (Ctrl+V)</source>
            <translation>ここに貼り付け（Ctrl+V）</translation>
        </message>
        <message>
            <source>Date of the chat:</source>
            <translation>チャットの日付:</translation>
        </message>
        <message>
            <source>Record as:</source>
            <translation>記録する種別:</translation>
        </message>
        <message>
            <source>Time (local, UTC)</source>
            <translation>時刻（現地・UTC）</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>発言者</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>発言</translation>
        </message>
        <message>
            <source>Add to timeline</source>
            <translation>タイムラインに追加</translation>
        </message>
    </context>
    <context>
        <name>UiFormat</name>
        <message>
            <source>%1 (%2 UTC)</source>
            <translation>%1（UTC %2）</translation>
        </message>
    </context>
    <context>
        <name>WebhookSignature</name>
        <message>
            <source>The signing secret must be "whsec_" followed by base64 text.</source>
            <translation>署名シークレットは「whsec_」に続けて base64 の文字列で指定してください。</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Select an incident on the left, or start here.</source>
            <translation>左の一覧からインシデントを選ぶか、ここから始めてください。</translation>
        </message>
        <message>
            <source>Declare as soon as a second team is needed, customers are affected, or an hour of concentrated analysis has not solved it. If unsure, declare: it costs less than declaring late.</source>
            <translation>別のチームの協力が必要なとき、お客様に影響が出ているとき、集中して 1 時間調べても解決しないときは、すぐにインシデントを宣言します。迷ったら宣言してください。遅れて宣言するより負担は小さく済みます。</translation>
        </message>
        <message>
            <source>Declare incident…</source>
            <translation>インシデントを宣言…</translation>
        </message>
        <message>
            <source>Never practised? Rehearse a scripted scenario on a clock, away from real channels, then read the scores and the debrief.</source>
            <translation>まだ練習したことがなければ、訓練で予行演習しましょう。シナリオが時間どおりに進み、実際のチャンネルには何も送られません。終わったら採点と振り返りを確認できます。</translation>
        </message>
        <message>
            <source>Start a drill…</source>
            <translation>訓練を開始…</translation>
        </message>
    </context>
</TS>
