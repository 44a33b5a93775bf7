<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>BookConnection</name>
    <message>
        <source> (The keychain could not be read: %1)</source>
        <translation> (Не вдалося прочитати сховище ключів: %1)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Поле в лапках не закрите.</translation>
    </message>
    <message>
        <source>A field is longer than %1 bytes.</source>
        <translation>Поле довше за %1 байт.</translation>
    </message>
</context>
<context>
    <name>CurrencyRegistry</name>
    <message>
        <source>missing field “%1”</source>
        <translation>немає поля «%1»</translation>
    </message>
    <message>
        <source>field “%1” must be a string</source>
        <translation>поле «%1» має бути рядком</translation>
    </message>
    <message>
        <source>field “%1” is empty</source>
        <translation>поле «%1» порожнє</translation>
    </message>
    <message>
        <source>The currency registry is not valid JSON: %1 (at byte %2).</source>
        <translation>Реєстр валют — некоректний JSON: %1 (байт %2).</translation>
    </message>
    <message>
        <source>The currency registry must be a JSON object.</source>
        <translation>Реєстр валют має бути об&apos;єктом JSON.</translation>
    </message>
    <message>
        <source>“sources” must be an array of strings.</source>
        <translation>«sources» має бути масивом рядків.</translation>
    </message>
    <message>
        <source>sources[%1] must be a non-empty string.</source>
        <translation>sources[%1] має бути непорожнім рядком.</translation>
    </message>
    <message>
        <source>The currency registry needs a “currencies” array.</source>
        <translation>Реєстру валют потрібен масив «currencies».</translation>
    </message>
    <message>
        <source>currencies[%1]</source>
        <translation>currencies[%1]</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 має бути об&apos;єктом.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: XML code “%2” may only hold Latin letters, digits and &apos;_&apos;.</source>
        <translation>%1: XML-код «%2» може містити лише латинські літери, цифри та &apos;_&apos;.</translation>
    </message>
    <message>
        <source>%1: unknown kind “%2” (expected crypto, card, emoney, bank or cash).</source>
        <translation>%1: невідомий вид «%2» (очікується crypto, card, emoney, bank або cash).</translation>
    </message>
    <message>
        <source>%1: a crypto currency needs a network.</source>
        <translation>%1: криптовалюті потрібна мережа.</translation>
    </message>
    <message>
        <source>%1: only crypto currencies have a network.</source>
        <translation>%1: мережа буває лише в криптовалют.</translation>
    </message>
    <message>
        <source>%1: missing field “precision”.</source>
        <translation>%1: немає поля «precision».</translation>
    </message>
    <message>
        <source>%1: precision must be a whole number from 0 to %2.</source>
        <translation>%1: точність має бути цілим числом від 0 до %2.</translation>
    </message>
    <message>
        <source>%1: XML code duplicates currencies[%2].</source>
        <translation>%1: XML-код повторює currencies[%2].</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The order book is locked by another desk; try again in a moment (%1).</source>
        <translation>Книгу заявок заблоковано іншим робочим місцем; спробуйте за хвилину (%1).</translation>
    </message>
    <message>
        <source>Cannot open the order book %1: %2</source>
        <translation>Не вдається відкрити книгу заявок %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the order book %1: %2</source>
        <translation>Не вдається підготувати книгу заявок %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the order book %1: %2</source>
        <translation>Не вдається підключитися до книги заявок %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message>
        <source>The demo&apos;s sandbox server could not start.</source>
        <translation>Сервер пісочниці для демо не запустився.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Вивантажено %n рядок у %1.</numerusform>
            <numerusform>Вивантажено %n рядки у %1.</numerusform>
            <numerusform>Вивантажено %n рядків у %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This order book has schema version %1, written by a newer PayoutDesk (this one knows up to %2). Update PayoutDesk.</source>
        <translation>Ця книга заявок має схему версії %1, записану новішим PayoutDesk (цей знає версії до %2). Оновіть PayoutDesk.</translation>
    </message>
    <message>
        <source>Migration to version %1 failed: %2</source>
        <translation>Перехід на версію %1 не вдався: %2</translation>
    </message>
    <message>
        <source>This order book needs upgrading to schema version %1, which the login %2 may not do. Its owner opens it with this PayoutDesk first.</source>
        <translation>Цю книгу заявок треба оновити до версії схеми %1, а логіну %2 це не дозволено. Спершу її власник відкриває її цією версією PayoutDesk.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is empty.</source>
        <translation>Сума порожня.</translation>
    </message>
    <message>
        <source>The amount is longer than %1 characters.</source>
        <translation>Сума довша за %1 символів.</translation>
    </message>
    <message>
        <source>The amount has more than one decimal point.</source>
        <translation>У сумі більше однієї десяткової крапки.</translation>
    </message>
    <message>
        <source>Unexpected character %1 at position %2 of the amount; only digits, one &apos;.&apos; and a leading sign are allowed.</source>
        <translation>Неочікуваний символ %1 у позиції %2 суми; дозволені лише цифри, одна &apos;.&apos; і знак на початку.</translation>
    </message>
    <message>
        <source>The amount has no digits.</source>
        <translation>У сумі немає цифр.</translation>
    </message>
    <message>
        <source>A decimal point needs at least one digit on each side.</source>
        <translation>Біля десяткової крапки має бути хоча б одна цифра з кожного боку.</translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
    <message numerus="yes">
        <source>%n order(s) imported</source>
        <translation>
            <numerusform>Завантажено %n заявку</numerusform>
            <numerusform>Завантажено %n заявки</numerusform>
            <numerusform>Завантажено %n заявок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>New</source>
        <translation>Нова</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Очікує оплати</translation>
    </message>
    <message>
        <source>Payment error</source>
        <translation>Помилка оплати</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В роботі</translation>
    </message>
    <message>
        <source>Payout queued</source>
        <translation>У черзі на виплату</translation>
    </message>
    <message>
        <source>Payout error</source>
        <translation>Помилка виплати</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Відкладена</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Виплачена</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Повернення</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Видалена</translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>Order %1 (UID %2) could not be stored: %3</source>
        <translation>Заявку %1 (UID %2) не вдалося зберегти: %3</translation>
    </message>
    <message>
        <source>An order cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Заявка не може перейти з «%1» у «%2».</translation>
    </message>
    <message>
        <source>The order is no longer &quot;%1&quot;: someone changed it meanwhile.</source>
        <translation>Заявка вже не «%1»: її тим часом хтось змінив.</translation>
    </message>
</context>
<context>
    <name>ProviderHub</name>
    <message>
        <source>No provider &quot;%1&quot; is built in.</source>
        <translation>Вбудованого провайдера «%1» немає.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; of %2 is not set.</source>
        <translation>Секрет «%1» провайдера %2 не задано.</translation>
    </message>
</context>
<context>
    <name>RecipientField</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 — обов&apos;язкове поле.</translation>
    </message>
    <message>
        <source>%1 is not in the expected form.</source>
        <translation>%1 не в очікуваному форматі.</translation>
    </message>
</context>
<context>
    <name>RecipientValidator</name>
    <message>
        <source>The recipient is empty.</source>
        <translation>Отримувача не вказано.</translation>
    </message>
    <message>
        <source>The address contains characters that cannot appear in it.</source>
        <translation>В адресі є недопустимі символи.</translation>
    </message>
    <message>
        <source>The address has the wrong length: a character is missing or extra.</source>
        <translation>Адреса має неправильну довжину: символ пропущено або зайвий.</translation>
    </message>
    <message>
        <source>The address checksum does not match: a character is mistyped.</source>
        <translation>Контрольна сума адреси не збігається: символ набрано з помилкою.</translation>
    </message>
    <message>
        <source>The address belongs to another network or coin.</source>
        <translation>Адреса належить іншій мережі або монеті.</translation>
    </message>
    <message>
        <source>The address mixes upper-case and lower-case letters; it must be all one case.</source>
        <translation>В адресі змішано великі й малі літери; регістр має бути один.</translation>
    </message>
    <message>
        <source>The address must start with 0x followed by 40 hexadecimal digits.</source>
        <translation>Адреса має починатися з 0x і містити 40 шістнадцяткових цифр.</translation>
    </message>
    <message>
        <source>The address is malformed; ask the client to copy it again.</source>
        <translation>Адресу спотворено; попросіть клієнта скопіювати її ще раз.</translation>
    </message>
    <message>
        <source>The card number may contain only digits, spaces and dashes.</source>
        <translation>Номер картки може містити лише цифри, пробіли й дефіси.</translation>
    </message>
    <message>
        <source>The card number must have 12 to 19 digits.</source>
        <translation>Номер картки має містити від 12 до 19 цифр.</translation>
    </message>
    <message>
        <source>The card number fails its check digit (Luhn).</source>
        <translation>Номер картки не проходить перевірку контрольної цифри (Луна).</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot create the workspace folder %1.</source>
        <translation>Не вдається створити робочу теку %1.</translation>
    </message>
    <message>
        <source>An order book address looks like postgresql://user@host:5432/database.</source>
        <translation>Адреса книги заявок має такий вигляд: postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не вдається записати %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PayoutDesk: the exchange&apos;s back-office desk.</source>
        <translation>PayoutDesk: бек-офіс обмінного сервісу.</translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation>Робоча тека.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>тека</translation>
    </message>
    <message>
        <source>Open the demo workspace with sample orders.</source>
        <translation>Відкрити демо-теку з прикладами заявок.</translation>
    </message>
    <message>
        <source>PayoutDesk</source>
        <translation>PayoutDesk</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened:
%2</source>
        <translation>Робочу теку %1 не вдається відкрити:
%2</translation>
    </message>
    <message>
        <source>The demo&apos;s sandbox provider stays disabled: %1</source>
        <translation>Провайдер-пісочниця для демо залишається вимкненим: %1</translation>
    </message>
    <message>
        <source>The listener for webhooks could not start: %1</source>
        <translation>Приймач вебхуків не запустився: %1</translation>
    </message>
    <message>
        <source>Team mode: the order book on this PostgreSQL server, postgresql://user@host:port/database (password from the keychain).</source>
        <translation>Командний режим: книга заявок на цьому сервері PostgreSQL, postgresql://user@host:port/database (пароль — зі сховища ключів).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
</context>
<context>
    <name>pd</name>
    <message>
        <source>The workspace folder (default: %1).</source>
        <translation>Робоча тека (типово: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>тека</translation>
    </message>
    <message>
        <source>Use the demo workspace, filled with sample orders.</source>
        <translation>Використати демо-теку з прикладами заявок.</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Спробуйте --help.</translation>
    </message>
    <message>
        <source>%1 must be a string such as &quot;317.42&quot;, so that it stays exact.</source>
        <translation>%1 має бути рядком на зразок &quot;317.42&quot;, щоб лишатися точним.</translation>
    </message>
    <message>
        <source>%1 has an unexpected type.</source>
        <translation>%1 має неочікуваний тип.</translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>Для %1 секрет не збережено.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Start the desktop&apos;s keyring (Secret Service) and try again; PayoutDesk never stores secrets anywhere else.</source>
        <translation>Сховище ключів недоступне (%1). Запустіть в&apos;язку ключів робочого столу (Secret Service) і повторіть; PayoutDesk ніколи не зберігає секрети деінде.</translation>
    </message>
    <message>
        <source>No keychain is available: the desktop session&apos;s D-Bus cannot be reached (%1). Start the desktop&apos;s keyring (Secret Service) and try again; PayoutDesk never stores secrets anywhere else.</source>
        <translation>Сховище ключів недоступне: D-Bus сеансу робочого столу не відповідає (%1). Запустіть в&apos;язку ключів робочого столу (Secret Service) і повторіть; PayoutDesk ніколи не зберігає секрети деінде.</translation>
    </message>
    <message>
        <source>The keychain refused to %1 the secret: %2</source>
        <translation>Сховище ключів відмовилося виконати «%1» для секрету: %2</translation>
    </message>
    <message>
        <source>Team mode: keep the workspace&apos;s order book on this PostgreSQL server from now on, postgresql://user@host:port/database (the password is read from the OS keychain).</source>
        <translation>Командний режим: відтепер зберігати книгу заявок робочої теки на цьому сервері PostgreSQL, postgresql://user@host:port/database (пароль читається зі сховища ключів ОС).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Create the workspace if the folder holds none yet.</source>
        <translation>Створити робочу теку, якщо в цій теці її ще немає.</translation>
    </message>
</context>
<context>
    <name>pd::AboutDialog</name>
    <message>
        <source>Copied</source>
        <translation>Скопійовано</translation>
    </message>
    <message>
        <source>About PayoutDesk</source>
        <translation>Про PayoutDesk</translation>
    </message>
    <message>
        <source>The back office of a currency-exchange service: the order book, and payouts approved by staff and sent exactly once.</source>
        <translation>Бек-офіс обмінного сервісу: книга заявок і виплати, які схвалюють працівники і які надсилаються рівно один раз.</translation>
    </message>
    <message>
        <source>&amp;Copy for a support ticket</source>
        <translation>&amp;Копіювати для звернення до підтримки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Робоча тека</translation>
    </message>
</context>
<context>
    <name>pd::ActivityKind</name>
    <message>
        <source>IPN refused</source>
        <translation>IPN відхилено</translation>
    </message>
    <message>
        <source>IPN not stored</source>
        <translation>IPN не збережено</translation>
    </message>
    <message>
        <source>Provider webhook refused</source>
        <translation>Вебхук провайдера відхилено</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Заявку створено</translation>
    </message>
    <message>
        <source>Orders imported</source>
        <translation>Заявки завантажено</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Завантаження відхилено</translation>
    </message>
    <message>
        <source>Payout failed</source>
        <translation>Виплата не пройшла</translation>
    </message>
    <message>
        <source>Payout outcome unknown</source>
        <translation>Результат виплати невідомий</translation>
    </message>
    <message>
        <source>Payout needs a person</source>
        <translation>Виплата потребує рішення людини</translation>
    </message>
    <message>
        <source>Payout sent again (same reference)</source>
        <translation>Виплату надіслано повторно (той самий референс)</translation>
    </message>
    <message>
        <source>New recipient accepted</source>
        <translation>Нового отримувача прийнято</translation>
    </message>
    <message>
        <source>Pinned recipient kept</source>
        <translation>Закріпленого отримувача залишено</translation>
    </message>
    <message>
        <source>Provider settings changed</source>
        <translation>Налаштування провайдера змінено</translation>
    </message>
    <message>
        <source>Provider secret changed</source>
        <translation>Секрет провайдера змінено</translation>
    </message>
    <message>
        <source>Desk settings changed</source>
        <translation>Налаштування програми змінено</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Налаштування змінено</translation>
    </message>
    <message>
        <source>Payout limits changed</source>
        <translation>Ліміти виплат змінено</translation>
    </message>
    <message>
        <source>Staff changed</source>
        <translation>Список співробітників змінено</translation>
    </message>
    <message>
        <source>Blocked recipients changed</source>
        <translation>Список заблокованих отримувачів змінено</translation>
    </message>
    <message>
        <source>Reconciliation found mismatches</source>
        <translation>Звірка знайшла розбіжності</translation>
    </message>
    <message>
        <source>Reconciliation mismatch resolved</source>
        <translation>Розбіжність звірки закрито</translation>
    </message>
    <message>
        <source>Payout held</source>
        <translation>Виплату притримано</translation>
    </message>
    <message>
        <source>Hold released</source>
        <translation>Затримку знято</translation>
    </message>
    <message>
        <source>Payout rejected</source>
        <translation>Виплату відхилено</translation>
    </message>
    <message>
        <source>Payout back in the queue</source>
        <translation>Виплата знову в черзі</translation>
    </message>
    <message>
        <source>Marked paid outside the desk</source>
        <translation>Позначено як виплачене поза PayoutDesk</translation>
    </message>
</context>
<context>
    <name>pd::ActivityModel</name>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Про що</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
</context>
<context>
    <name>pd::ActivityPage</name>
    <message>
        <source>The activity log cannot be read: %1</source>
        <translation>Журнал дій не читається: %1</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Що</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Усі види</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>&amp;Хто</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
</context>
<context>
    <name>pd::ApiClient</name>
    <message>
        <source>The provider did not answer within %1 s.</source>
        <translation>Провайдер не відповів за %1 с.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Помилка мережі: %1</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1.</source>
        <translation>Провайдер відповів HTTP %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not valid JSON: %1</source>
        <translation>Відповідь провайдера — некоректний JSON: %1</translation>
    </message>
</context>
<context>
    <name>pd::ApproveDialog</name>
    <message numerus="yes">
        <source>Approve %n payout(s)</source>
        <translation>
            <numerusform>Схвалити %n виплату</numerusform>
            <numerusform>Схвалити %n виплати</numerusform>
            <numerusform>Схвалити %n виплат</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Мережа</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>перевіряється…</translation>
    </message>
    <message>
        <source>These payouts will be sent now. Check every recipient and amount.</source>
        <translation>Ці виплати буде надіслано зараз. Перевірте кожного отримувача й суму.</translation>
    </message>
    <message>
        <source>Totals and balances:</source>
        <translation>Підсумки й баланси:</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>невідомо: %1</translation>
    </message>
    <message>
        <source>%1 — the rest will not be sent</source>
        <translation>%1 — решту не буде надіслано</translation>
    </message>
    <message numerus="yes">
        <source>Not sent (%n selected order(s) skipped):</source>
        <translation>
            <numerusform>Не надсилається (пропущено %n вибрану заявку):</numerusform>
            <numerusform>Не надсилається (пропущено %n вибрані заявки):</numerusform>
            <numerusform>Не надсилається (пропущено %n вибраних заявок):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n payout(s) in %1 s</source>
        <translation>
            <numerusform>Надіслати %n виплату через %1 с</numerusform>
            <numerusform>Надіслати %n виплати через %1 с</numerusform>
            <numerusform>Надіслати %n виплат через %1 с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n payout(s)</source>
        <translation>
            <numerusform>Надіслати %n виплату</numerusform>
            <numerusform>Надіслати %n виплати</numerusform>
            <numerusform>Надіслати %n виплат</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::AttemptStore</name>
    <message>
        <source>The order is no longer waiting for a payout: it was paid, changed or taken by someone else meanwhile.</source>
        <translation>Заявка більше не чекає виплати: її тим часом виплатили, змінили або взяв хтось інший.</translation>
    </message>
    <message>
        <source>Payout approved: attempt %1 through %2, reference %3</source>
        <translation>Виплату схвалено: спроба %1 через %2, референс %3</translation>
    </message>
    <message>
        <source>The attempt is no longer prepared.</source>
        <translation>Спроба вже не в стані «підготовлена».</translation>
    </message>
    <message>
        <source>Provider transaction %1</source>
        <translation>Транзакція провайдера %1</translation>
    </message>
    <message>
        <source>(the order was no longer waiting for its payout)</source>
        <translation>(заявка вже не чекала виплати)</translation>
    </message>
    <message>
        <source>The reserve at %1 does not cover this payout: %2 %3 left after the payouts already claimed (balance %4), %5 needed. Nothing was sent.</source>
        <translation>Резерв у %1 не покриває цю виплату: після вже захоплених виплат залишається %2 %3 (баланс %4), потрібно %5. Нічого не надіслано.</translation>
    </message>
    <message>
        <source>Above %1 %2 a payout needs two staff members&apos; approval: it waits for people.</source>
        <translation>Виплата понад %1 %2 потребує схвалення двох співробітників: вона чекає людей.</translation>
    </message>
    <message>
        <source>You approved this payout already. Above %1 %2 another staff member must approve it too; nothing was sent.</source>
        <translation>Ви вже схвалили цю виплату. Понад %1 %2 її має схвалити й інший співробітник; нічого не надіслано.</translation>
    </message>
    <message>
        <source>First approval of the payout of %1 %2 (above %3 %2): awaiting a second approval by another staff member</source>
        <translation>Перше схвалення виплати %1 %2 (понад %3 %2): чекає другого схвалення іншим співробітником</translation>
    </message>
    <message>
        <source>Approved by you; above %1 %2 it is sent once another staff member approves it too.</source>
        <translation>Схвалено вами; понад %1 %2 виплата йде, коли її схвалить і інший співробітник.</translation>
    </message>
    <message>
        <source> (second approval; first by %1)</source>
        <translation> (друге схвалення; перше — %1)</translation>
    </message>
    <message>
        <source>The exchange site sent another recipient for this order: it is paid to neither until a staff member accepts or refuses the new one. Nothing was sent.</source>
        <translation>Сайт обмінника надіслав іншого отримувача для цієї заявки: її не виплачують жодному, доки співробітник не прийме або не відхилить нового. Нічого не надіслано.</translation>
    </message>
    <message>
        <source>The outcome of this order&apos;s last payout is not known yet: it waits for its check with the provider, and is never sent again on its own. Nothing was sent.</source>
        <translation>Результат останньої виплати за цією заявкою ще невідомий: вона чекає перевірки в провайдера і ніколи не надсилається повторно сама. Нічого не надіслано.</translation>
    </message>
    <message>
        <source>A payout of this order is already on its way (another click, window or desk claimed it). Nothing was sent.</source>
        <translation>Виплата за цією заявкою вже в дорозі (її взяв інший клік, вікно або робоче місце). Нічого не надіслано.</translation>
    </message>
    <message>
        <source>The order is &quot;%1&quot; now, no longer waiting for a payout. Nothing was sent.</source>
        <translation>Заявка тепер «%1» і більше не чекає виплати. Нічого не надіслано.</translation>
    </message>
</context>
<context>
    <name>pd::AutoPayer</name>
    <message>
        <source>Waits for a person: %1</source>
        <translation>Чекає на людину: %1</translation>
    </message>
    <message>
        <source>%1 is above the automatic payout limit of %2 %3 through %4.</source>
        <translation>%1 — більше за ліміт автоматичних виплат %2 %3 через %4.</translation>
    </message>
</context>
<context>
    <name>pd::BinanceProvider</name>
    <message>
        <source>Binance&apos;s coin list is not a list.</source>
        <translation>Список монет Binance не є списком.</translation>
    </message>
    <message>
        <source>Binance&apos;s balance of %1 is not a decimal amount.</source>
        <translation>Баланс %1 у Binance — не десяткова сума.</translation>
    </message>
    <message>
        <source>Binance pays out crypto only, not %1.</source>
        <translation>Binance виплачує лише криптовалюту, а не %1.</translation>
    </message>
    <message>
        <source>Binance&apos;s answer to the withdrawal %1 has no id.</source>
        <translation>У відповіді Binance на виведення %1 немає id.</translation>
    </message>
    <message>
        <source>Binance&apos;s withdrawal history is not a list.</source>
        <translation>Історія виведень Binance не є списком.</translation>
    </message>
    <message>
        <source>Binance&apos;s withdrawal %1 has no status.</source>
        <translation>Виведення %1 у Binance не має статусу.</translation>
    </message>
    <message>
        <source>Binance gives no reason (status %1).</source>
        <translation>Binance не вказує причину (статус %1).</translation>
    </message>
    <message>
        <source>Binance reports status %1, which its documentation does not describe.</source>
        <translation>Binance повідомляє статус %1, якого немає в його документації.</translation>
    </message>
    <message>
        <source>Binance holds %1 withdrawals with the reference %2; check them in the Binance account.</source>
        <translation>У Binance кілька виведень (%1) з референсом %2; перевірте їх в акаунті Binance.</translation>
    </message>
    <message>
        <source>Binance sends no webhooks for withdrawals: its payouts are followed by asking its withdrawal history.</source>
        <translation>Binance не надсилає вебхуки про виведення: його виплати відстежуються запитами до історії виведень.</translation>
    </message>
    <message>
        <source>A withdrawal in Binance&apos;s history has no id, amount or status.</source>
        <translation>В історії виведень Binance є виведення без id, суми чи статусу.</translation>
    </message>
</context>
<context>
    <name>pd::Blocklist</name>
    <message>
        <source>An empty value cannot be blocked.</source>
        <translation>Порожнє значення не можна заблокувати.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
    <message>
        <source>Line %1: no address or card number.</source>
        <translation>Рядок %1: немає адреси або номера картки.</translation>
    </message>
    <message>
        <source>The blocklist cannot be read: %1</source>
        <translation>Не вдається прочитати чорний список: %1</translation>
    </message>
    <message>
        <source>The recipient %1 is on the blocklist (%2): nothing is sent.</source>
        <translation>Отримувач %1 у чорному списку (%2): нічого не надіслано.</translation>
    </message>
</context>
<context>
    <name>pd::BlocklistDialog</name>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <source>&amp;Unblock selected</source>
        <translation>&amp;Розблокувати вибраного</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Імпорт CSV…</translation>
    </message>
    <message>
        <source>Blocked recipients</source>
        <translation>Заблоковані отримувачі</translation>
    </message>
    <message>
        <source>Address or card</source>
        <translation>Адреса або картка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Хто додав</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>An address or a card number</source>
        <translation>Адреса або номер картки</translation>
    </message>
    <message>
        <source>Why (sanctions list, chargebacks, fraud report…)</source>
        <translation>Чому (санкційний список, чарджбеки, повідомлення про шахрайство…)</translation>
    </message>
    <message>
        <source>No payout is ever sent to these, by a click, automatically or from another desk. A CSV file has the columns value,reason; a file with a bad row adds nothing.</source>
        <translation>Їм ніколи не надсилається виплата — ні кліком, ні автоматично, ні з іншого робочого місця. У файлі CSV колонки value,reason; файл із помилковим рядком нічого не додає.</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>Заблоковано.</translation>
    </message>
    <message>
        <source>Unblocked.</source>
        <translation>Розблоковано.</translation>
    </message>
    <message>
        <source>Import blocked recipients</source>
        <translation>Імпорт заблокованих отримувачів</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файли CSV (*.csv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Не вдається прочитати %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) blocked from the file.</source>
        <translation>
            <numerusform>З файлу заблоковано %n отримувача.</numerusform>
            <numerusform>З файлу заблоковано %n отримувачів.</numerusform>
            <numerusform>З файлу заблоковано %n отримувачів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Нічого не імпортовано: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>The blocked recipients cannot be read: %1</source>
        <translation>Заблоковані отримувачі не читаються: %1</translation>
    </message>
</context>
<context>
    <name>pd::BookCommand</name>
    <message>
        <source>This workspace&apos;s book is already on PostgreSQL (%1).</source>
        <translation>Книга цієї робочої теки вже в PostgreSQL (%1).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation>%1: %2 з %3 рядків</translation>
    </message>
    <message>
        <source>match</source>
        <translation>збігається</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>ВІДРІЗНЯЄТЬСЯ</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>Не вдалося зберегти пароль у сховищі ключів: %1</translation>
    </message>
    <message>
        <source>Moved. This workspace now uses the order book at %1; its SQLite file is kept as it was.</source>
        <translation>Перенесено. Тепер ця робоча тека використовує книгу заявок %1; її файл SQLite збережено без змін.</translation>
    </message>
</context>
<context>
    <name>pd::BookMigration</name>
    <message>
        <source>The target database already holds an order book (its %1 table is not empty). A move goes into an empty database only.</source>
        <translation>Цільова база вже містить книгу заявок (таблиця %1 не порожня). Перенесення можливе лише в порожню базу.</translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>Не вдається прочитати таблицю %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>Не вдається скопіювати %1: %2</translation>
    </message>
    <message>
        <source>The copy of %1 does not match (%2 rows here, %3 there): nothing was moved.</source>
        <translation>Копія %1 не збігається (%2 рядків тут, %3 там): нічого не перенесено.</translation>
    </message>
</context>
<context>
    <name>pd::BuildInfo</name>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Коміт</translation>
    </message>
    <message>
        <source>Build type</source>
        <translation>Тип збірки</translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation>Компілятор</translation>
    </message>
    <message>
        <source>Qt (built against)</source>
        <translation>Qt (під час збірки)</translation>
    </message>
    <message>
        <source>Qt (running)</source>
        <translation>Qt (у роботі)</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>TLS backend</source>
        <translation>TLS-бекенд</translation>
    </message>
</context>
<context>
    <name>pd::CheckedWork</name>
    <message>
        <source>The order book refused the change.</source>
        <translation>Книга заявок відмовила у зміні.</translation>
    </message>
</context>
<context>
    <name>pd::Cli</name>
    <message>
        <source>No command given.</source>
        <translation>Команду не вказано.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Невідома команда «%1».</translation>
    </message>
    <message>
        <source>NAME, KEY and VALUE as the subcommand needs.</source>
        <translation>NAME, KEY і VALUE — як вимагає підкоманда.</translation>
    </message>
    <message>
        <source>Payout providers: list, set NAME KEY [VALUE], unset NAME KEY, test NAME.
A secret (a key of kind 2 in the provider&apos;s required_config) is read from standard input
and stored in the OS keychain; it is never shown, logged or written anywhere else.</source>
        <translation>Провайдери виплат: list, set NAME KEY [VALUE], unset NAME KEY, test NAME.
Секрет (ключ виду 2 у required_config провайдера) читається зі стандартного вводу
і зберігається у сховищі ключів ОС; він ніде не показується, не пишеться в журнал і не зберігається.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;providers %1&quot;.</source>
        <translation>Неправильна кількість аргументів для «providers %1».</translation>
    </message>
    <message>
        <source>Every order waiting for its payout.</source>
        <translation>Усі заявки, що чекають виплати.</translation>
    </message>
    <message>
        <source>Pay through this provider (default: the currency&apos;s default, else the first that serves it).</source>
        <translation>Платити через цього провайдера (типово: провайдер валюти, інакше перший, хто її обслуговує).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ім&apos;я</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>хост:порт</translation>
    </message>
    <message>
        <source>Order ids or UIDs.</source>
        <translation>Id заявок або їхні UID.</translation>
    </message>
    <message>
        <source>Payouts: approve ORDER... | --all [--provider P], status ORDER, poll.
Every payout is sent at most once: a payout left half-sent by a stopped desk is looked up
with its provider first, never sent again. approve exits 1 if any payout was not paid or accepted.</source>
        <translation>Виплати: approve ORDER... | --all [--provider P], status ORDER, poll.
Кожна виплата надсилається не більше одного разу: виплату, яку зупинене робоче місце не доослало,
спершу шукають у провайдера й ніколи не надсилають знову. approve завершується з кодом 1, якщо якусь виплату не виплачено й не прийнято.</translation>
    </message>
    <message>
        <source>&quot;payout approve&quot; needs order ids or --all.</source>
        <translation>«payout approve» потрібні id заявок або --all.</translation>
    </message>
    <message>
        <source>&quot;payout status&quot; needs one order.</source>
        <translation>«payout status» потрібна одна заявка.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Адреса для приймання (типово 127.0.0.1).</translation>
    </message>
    <message>
        <source>host</source>
        <translation>хост</translation>
    </message>
    <message>
        <source>Port to listen on (default 8899; 0 for any free one).</source>
        <translation>Порт для приймання (типово 8899; 0 — будь-який вільний).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <source>The API key clients must send (default &quot;sandbox&quot;).</source>
        <translation>API-ключ, який мають надсилати клієнти (типово «sandbox»).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>ключ</translation>
    </message>
    <message>
        <source>A starting balance, e.g. USDT=1000.00 (may be repeated).</source>
        <translation>Початковий баланс, наприклад USDT=1000.00 (можна повторювати).</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>баланс</translation>
    </message>
    <message>
        <source>Answer ok: 2 and settle each payout 3 s later.</source>
        <translation>Відповідати ok: 2 і проводити кожну виплату через 3 с.</translation>
    </message>
    <message>
        <source>Delay every answer by this many milliseconds.</source>
        <translation>Затримувати кожну відповідь на стільки мілісекунд.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>The running sandbox (for ledger).</source>
        <translation>Запущена пісочниця (для ledger).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The sandbox payout provider (providers/sandbox/README.md): serve it, or print its ledger.
serve reads the API secret from standard input.</source>
        <translation>Провайдер виплат «пісочниця» (providers/sandbox/README.md): запустити його або показати його журнал виплат.
serve читає API-секрет зі стандартного вводу.</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port потрібне число від 0 до 65535.</translation>
    </message>
    <message>
        <source>&quot;sandbox&quot; needs a subcommand: serve or ledger.</source>
        <translation>«sandbox» потрібна підкоманда: serve або ledger.</translation>
    </message>
    <message>
        <source>Only orders in this status (may be repeated).</source>
        <translation>Лише заявки в цьому статусі (можна повторювати).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>Only orders with this XML code on either side.</source>
        <translation>Лише заявки з цим XML-кодом з будь-якого боку.</translation>
    </message>
    <message>
        <source>xml</source>
        <translation>xml</translation>
    </message>
    <message>
        <source>A UID, the start of an order id, or part of a recipient.</source>
        <translation>UID, початок id заявки або частина отримувача.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>At most this many orders (default 100, 0 for all).</source>
        <translation>Не більше стількох заявок (типово 100, 0 — усі).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>table, json or csv (default table).</source>
        <translation>table, json або csv (типово table).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>List orders, newest first.</source>
        <translation>Список заявок, нові першими.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Невідомий статус «%1».</translation>
    </message>
    <message>
        <source>--limit needs a number.</source>
        <translation>--limit потрібне число.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, json or csv.</source>
        <translation>Невідомий формат «%1»: використовуйте table, json або csv.</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Надходження</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Виплата</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Створена (UTC)</translation>
    </message>
    <message>
        <source>text or json (default text).</source>
        <translation>text або json (типово text).</translation>
    </message>
    <message>
        <source>The order id (24 hex digits) or its UID.</source>
        <translation>Id заявки (24 шістнадцяткові цифри) або її UID.</translation>
    </message>
    <message>
        <source>Show one order with its history.</source>
        <translation>Показати одну заявку з історією.</translation>
    </message>
    <message>
        <source>&quot;orders show&quot; needs one order id or UID.</source>
        <translation>«orders show» потрібен один id заявки або UID.</translation>
    </message>
    <message>
        <source>No order &quot;%1&quot; in the book.</source>
        <translation>У книзі немає заявки «%1».</translation>
    </message>
    <message>
        <source>Order %1 (UID %2)</source>
        <translation>Заявка %1 (UID %2)</translation>
    </message>
    <message>
        <source>Status:    %1 (%2)</source>
        <translation>Статус:    %1 (%2)</translation>
    </message>
    <message>
        <source>In:        %1 %2</source>
        <translation>Надходження: %1 %2</translation>
    </message>
    <message>
        <source>Out:       %1 %2</source>
        <translation>Виплата:   %1 %2</translation>
    </message>
    <message>
        <source>Route:     %1</source>
        <translation>Напрямок:  %1</translation>
    </message>
    <message>
        <source>Partner:   %1</source>
        <translation>Партнер:   %1</translation>
    </message>
    <message>
        <source>Created:   %1</source>
        <translation>Створена:  %1</translation>
    </message>
    <message>
        <source>Updated:   %1</source>
        <translation>Змінена:   %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Історія:</translation>
    </message>
    <message>
        <source>A JSON or CSV file of orders.</source>
        <translation>Файл заявок у JSON або CSV.</translation>
    </message>
    <message>
        <source>Import orders from JSON (an array of orders, or one per line) or CSV with a header row,
with the fields of &quot;orders list --format json|csv&quot;. All or nothing: if any row is bad,
every bad row is reported with its line number and no order is imported.</source>
        <translation>Завантажити заявки з JSON (масив заявок або по одній у рядку) або CSV з рядком заголовків,
з полями «orders list --format json|csv». Усе або нічого: якщо хоч один рядок поганий,
повідомляється про кожен поганий рядок з його номером, і жодна заявка не завантажується.</translation>
    </message>
    <message>
        <source>&quot;orders import&quot; needs one file.</source>
        <translation>«orders import» потрібен один файл.</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 bad row(s).</source>
        <translation>Нічого не завантажено: поганих рядків — %1.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Нічого не завантажено.</translation>
    </message>
    <message>
        <source>Imported %1 order(s) from %2.</source>
        <translation>Завантажено заявок: %1 з %2.</translation>
    </message>
    <message>
        <source>The exchange direction&apos;s ObjectId (routeId).</source>
        <translation>ObjectId напрямку обміну (routeId).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>What the client pays, e.g. 0.015.</source>
        <translation>Скільки платить клієнт, наприклад 0.015.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сума</translation>
    </message>
    <message>
        <source>The partner code.</source>
        <translation>Код партнера.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>A detail of the paying side, KEY=VALUE (fromValues; may be repeated).</source>
        <translation>Реквізит сторони оплати, KEY=VALUE (fromValues; можна повторювати).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>ключ=значення</translation>
    </message>
    <message>
        <source>A recipient detail, KEY=VALUE (toValues; may be repeated).</source>
        <translation>Реквізит отримувача, KEY=VALUE (toValues; можна повторювати).</translation>
    </message>
    <message>
        <source>A detail of the direction, KEY=VALUE (routeValues; may be repeated).</source>
        <translation>Параметр напрямку, KEY=VALUE (routeValues; можна повторювати).</translation>
    </message>
    <message>
        <source>The client&apos;s language (default en).</source>
        <translation>Мова клієнта (типово en).</translation>
    </message>
    <message>
        <source>The client accepted the exchange&apos;s terms (agreement).</source>
        <translation>Клієнт прийняв умови обміну (agreement).</translation>
    </message>
    <message>
        <source>Hide the recipient&apos;s details from the client&apos;s page (hideOutData).</source>
        <translation>Приховати реквізити отримувача на сторінці клієнта (hideOutData).</translation>
    </message>
    <message>
        <source>Where the client returns afterwards (clientCallbackUrl).</source>
        <translation>Куди клієнт повертається потім (clientCallbackUrl).</translation>
    </message>
    <message>
        <source>Where the site and the desk send this order&apos;s IPNs.</source>
        <translation>Куди сайт і робоче місце надсилають IPN цієї заявки.</translation>
    </message>
    <message>
        <source>Read this order&apos;s IPN secret from standard input (needed with --ipn-url).</source>
        <translation>Прочитати IPN-секрет цієї заявки зі стандартного вводу (потрібно з --ipn-url).</translation>
    </message>
    <message>
        <source>Create an order on the exchange site (public/exchanger/order/create) and store it with its UID
and secret. The site&apos;s address: &quot;merchant site&quot;; its API token: &quot;merchant secret token&quot;.</source>
        <translation>Створити заявку на сайті обмінника (public/exchanger/order/create) і зберегти її з UID
та секретом. Адреса сайту: «merchant site»; його API-токен: «merchant secret token».</translation>
    </message>
    <message>
        <source>--from, --to and --route-value take KEY=VALUE.</source>
        <translation>--from, --to і --route-value приймають KEY=VALUE.</translation>
    </message>
    <message>
        <source>The site&apos;s API address, when it is not the site&apos;s own.</source>
        <translation>API-адреса сайту, якщо вона не збігається з адресою сайту.</translation>
    </message>
    <message>
        <source>site URL, or secret ipn|token.</source>
        <translation>site URL або secret ipn|token.</translation>
    </message>
    <message>
        <source>The exchange site: merchant site URL [--api URL]; merchant secret ipn|token reads the desk&apos;s IPN
secret or the site&apos;s API token from standard input into the OS keychain.</source>
        <translation>Сайт обмінника: merchant site URL [--api URL]; merchant secret ipn|token читає IPN-секрет
робочого місця або API-токен сайту зі стандартного вводу до сховища ключів ОС.</translation>
    </message>
    <message>
        <source>Use &quot;merchant site URL&quot; or &quot;merchant secret ipn|token&quot;.</source>
        <translation>Використовуйте «merchant site URL» або «merchant secret ipn|token».</translation>
    </message>
    <message>
        <source>orders or history (every entry of the orders selected).</source>
        <translation>orders або history (усі записи вибраних заявок).</translation>
    </message>
    <message>
        <source>what</source>
        <translation>що</translation>
    </message>
    <message>
        <source>Orders created / history entries written on or after this UTC day (YYYY-MM-DD) or instant (ISO 8601 with a zone).</source>
        <translation>Заявки, створені, / записи історії, зроблені починаючи з цього дня UTC (YYYY-MM-DD) або моменту (ISO 8601 з поясом).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>... up to the end of this UTC day (YYYY-MM-DD), or before this instant.</source>
        <translation>... до кінця цього дня UTC (YYYY-MM-DD) або до цього моменту.</translation>
    </message>
    <message>
        <source>, or ; (default ,).</source>
        <translation>, або ; (типово ,).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>символ</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for spreadsheets that need it).</source>
        <translation>Почати з мітки порядку байтів UTF-8 (для таблиць, яким вона потрібна).</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output. A file appears only complete: on any error nothing is written under its name.</source>
        <translation>Файл для запису або - для стандартного виводу. Файл з&apos;являється лише повністю: за будь-якої помилки під його назвою нічого не записується.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Export orders or their history as CSV (RFC 4180, UTF-8): amounts exactly as stored, times
in ISO 8601 UTC, cells a spreadsheet would run as a formula prefixed with an apostrophe.</source>
        <translation>Вивантажити заявки або їхню історію в CSV (RFC 4180, UTF-8): суми точно як зберігаються, час
в ISO 8601 UTC, клітинки, які таблиця виконала б як формулу, починаються з апострофа.</translation>
    </message>
    <message>
        <source>--what needs orders or history.</source>
        <translation>--what потрібно orders або history.</translation>
    </message>
    <message>
        <source>--%1 needs a day (YYYY-MM-DD) or an ISO 8601 time with a zone, not &quot;%2&quot;.</source>
        <translation>--%1 потрібен день (YYYY-MM-DD) або час ISO 8601 з поясом, а не «%2».</translation>
    </message>
    <message>
        <source>--delimiter needs , or ;.</source>
        <translation>--delimiter потрібно , або ;.</translation>
    </message>
    <message>
        <source>&quot;export csv&quot; needs --output FILE (or - for standard output).</source>
        <translation>«export csv» потрібно --output FILE (або - для стандартного виводу).</translation>
    </message>
    <message>
        <source>serve: ask the providers about open payouts at this interval instead of each one&apos;s own.</source>
        <translation>serve: опитувати провайдерів про відкриті виплати з цим інтервалом замість власного інтервалу кожного.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунди</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/database, an empty database.</source>
        <translation>postgresql://user@host:port/database, порожня база.</translation>
    </message>
    <message>
        <source>Team mode: move this workspace&apos;s SQLite order book into an empty PostgreSQL database, all or
nothing, and prove it: every table&apos;s rows are counted and digested on both sides. The password
comes from the keychain (or PGPASSWORD / ~/.pgpass); one given in the URL is kept in the keychain.</source>
        <translation>Командний режим: перенести SQLite-книгу заявок цієї робочої теки в порожню базу PostgreSQL, повністю
або ніяк, і довести це: рядки кожної таблиці підраховуються й хешуються з обох боків. Пароль
береться зі сховища ключів (або PGPASSWORD / ~/.pgpass); пароль з URL зберігається у сховищі ключів.</translation>
    </message>
    <message>
        <source>&quot;book&quot; needs: migrate URL.</source>
        <translation>Команді «book» потрібно: migrate URL.</translation>
    </message>
    <message>
        <source>An order book address looks like postgresql://user@host:5432/database.</source>
        <translation>Адреса книги заявок має такий вигляд: postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>PROVIDER XML KIND [VALUE] for set.</source>
        <translation>PROVIDER XML KIND [VALUE] для set.</translation>
    </message>
    <message>
        <source>&quot;limits&quot; needs: list, or set PROVIDER XML KIND [VALUE].</source>
        <translation>Команді «limits» потрібно: list або set PROVIDER XML KIND [VALUE].</translation>
    </message>
    <message>
        <source>Payout limits per provider and currency, checked when a payout is claimed, on every desk:
KIND is min, max (per payout), day_total, day_count, month_total, month_count (UTC days and
months), or auto_max: the automatic payout rule, off unless set (payouts up to it go without a
click), or four_eyes with PROVIDER &quot;*&quot;: above it a payout of that currency needs two staff
members&apos; approval, whichever provider pays. set without VALUE removes the limit. Every change
is written to the activity log.</source>
        <translation>Ліміти виплат за провайдером і валютою, що перевіряються під час захоплення виплати на кожному робочому місці:
KIND — min, max (на виплату), day_total, day_count, month_total, month_count (дні й місяці за UTC),
auto_max: правило автоматичних виплат, вимкнене, доки не задане (виплати до цієї суми йдуть без
кліку), або four_eyes з PROVIDER &quot;*&quot;: понад цю суму виплата в цій валюті потребує схвалення двох
співробітників, хоч би який провайдер платив. set без VALUE видаляє ліміт. Кожна зміна
записується в журнал дій.</translation>
    </message>
    <message>
        <source>Unknown limit &quot;%1&quot;: min, max, day_total, day_count, month_total, month_count, auto_max or four_eyes.</source>
        <translation>Невідомий ліміт «%1»: min, max, day_total, day_count, month_total, month_count, auto_max або four_eyes.</translation>
    </message>
    <message>
        <source>A team book&apos;s staff (PostgreSQL only): each member is a PostgreSQL login with a role, viewer,
operator or admin, which the server itself enforces. Only an admin changes the staff; every
change is written to the activity log.</source>
        <translation>Співробітники командної книги (лише PostgreSQL): кожен — логін PostgreSQL з роллю viewer,
operator або admin, яку забезпечує сам сервер. Змінювати склад може лише admin; кожна
зміна записується в журнал дій.</translation>
    </message>
    <message>
        <source>&quot;staff&quot; needs: list, set LOGIN ROLE [NAME], or remove LOGIN.</source>
        <translation>«staff» потребує: list, set LOGIN ROLE [NAME] або remove LOGIN.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: viewer, operator or admin.</source>
        <translation>Невідома роль «%1»: viewer, operator або admin.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Увага: %1</translation>
    </message>
    <message>
        <source>There is no workspace in %1, and nothing was created. Create one with &quot;payoutdesk-cli init %1&quot; (or add --create).</source>
        <translation>У %1 немає робочої теки, і нічого не створено. Створіть її командою «payoutdesk-cli init %1» (або додайте --create).</translation>
    </message>
    <message>
        <source>The folder of the new workspace.</source>
        <translation>Тека нової робочої теки.</translation>
    </message>
    <message>
        <source>Create a workspace: its folder and an empty SQLite order book.</source>
        <translation>Створити робочу теку: саму теку і порожню книгу заявок SQLite.</translation>
    </message>
    <message>
        <source>&quot;init&quot; needs the workspace&apos;s folder.</source>
        <translation>«init» потрібна тека робочої теки.</translation>
    </message>
    <message>
        <source>%1 is a workspace already; nothing changed.</source>
        <translation>%1 вже робоча тека; нічого не змінилося.</translation>
    </message>
    <message>
        <source>Created the workspace %1.</source>
        <translation>Робочу теку %1 створено.</translation>
    </message>
    <message>
        <source>serve: listen in plain HTTP on an address others than this computer reach (without TLS, an IPN&apos;s recipient can be swapped on the way).</source>
        <translation>serve: слухати звичайним HTTP на адресі, доступній не лише з цього комп’ютера (без TLS отримувача в IPN можуть підмінити дорогою).</translation>
    </message>
    <message>
        <source>The exchange site sent another recipient, which waits for a person (orders recipient %1 accept|keep --comment TEXT); until then the order is paid to neither:</source>
        <translation>Сайт обмінника надіслав іншого отримувача, він чекає рішення людини (orders recipient %1 accept|keep --comment TEXT); доти заявку не виплачують жодному:</translation>
    </message>
    <message>
        <source>The site says &quot;%1&quot;, which cannot follow the order&apos;s status: not applied.</source>
        <translation>Сайт повідомляє «%1», але це не може йти після статусу заявки: не застосовано.</translation>
    </message>
    <message>
        <source>Why: kept in the order&apos;s history.</source>
        <translation>Чому: зберігається в історії заявки.</translation>
    </message>
    <message>
        <source>accept (the site&apos;s new recipient) or keep (the pinned one).</source>
        <translation>accept (новий отримувач від сайту) або keep (закріплений).</translation>
    </message>
    <message>
        <source>Decide on a recipient the exchange site sent after the order&apos;s recipient was pinned: accept
puts it in place of the pinned one (admins only), keep refuses it. Until then the order is
paid to neither.</source>
        <translation>Вирішити долю отримувача, якого сайт обмінника надіслав після закріплення отримувача заявки: accept
ставить його замість закріпленого (лише адміністратори), keep відхиляє. Доти заявку
не виплачують жодному.</translation>
    </message>
    <message>
        <source>&quot;orders recipient&quot; needs an order and accept or keep.</source>
        <translation>«orders recipient» потрібні заявка і accept або keep.</translation>
    </message>
    <message>
        <source>&quot;orders recipient&quot; needs --comment: why, for the order&apos;s history.</source>
        <translation>«orders recipient» потрібен --comment: чому, для історії заявки.</translation>
    </message>
    <message>
        <source>A %1 may not do this: accepting a new recipient is for admins, keeping the pinned one for operators and admins.</source>
        <translation>Ролі «%1» це не дозволено: прийняти нового отримувача може адміністратор, залишити закріпленого — оператор або адміністратор.</translation>
    </message>
    <message>
        <source>Order %1 is now to be paid to the recipient the site sent.</source>
        <translation>Заявку %1 тепер буде виплачено отримувачу, якого надіслав сайт.</translation>
    </message>
    <message>
        <source>Order %1 keeps its pinned recipient.</source>
        <translation>Заявка %1 зберігає закріпленого отримувача.</translation>
    </message>
    <message>
        <source>Back to plain HTTP (taken on loopback only).</source>
        <translation>Повернутися до звичайного HTTP (приймається лише на loopback).</translation>
    </message>
    <message>
        <source>The certificate (and its chain) as a PEM file.</source>
        <translation>Сертифікат (і його ланцюжок) у PEM-файлі.</translation>
    </message>
    <message>
        <source>Its private key as a PEM file.</source>
        <translation>Його закритий ключ у PEM-файлі.</translation>
    </message>
    <message>
        <source>The listener&apos;s TLS: listener tls CERT KEY reads the key&apos;s password from standard input (an empty
line: the key has none) into the OS keychain, checks that certificate and key open together,
and keeps the two files&apos; paths in the book&apos;s settings; listener tls --off goes back to plain
HTTP. It applies when the listener next starts. Admins only; written to the activity log.</source>
        <translation>TLS приймача: listener tls CERT KEY читає пароль ключа зі стандартного вводу (порожній
рядок — у ключа пароля немає) у сховище ключів ОС, перевіряє, що сертифікат і ключ відкриваються разом,
і зберігає шляхи до обох файлів у налаштуваннях книги; listener tls --off повертає звичайний
HTTP. Застосовується під час наступного запуску приймача. Лише адміністратори; пишеться в журнал дій.</translation>
    </message>
    <message>
        <source>Use &quot;listener tls CERT KEY&quot; or &quot;listener tls --off&quot;.</source>
        <translation>Використовуйте «listener tls CERT KEY» або «listener tls --off».</translation>
    </message>
    <message>
        <source>Only an admin sets the listener&apos;s TLS.</source>
        <translation>TLS приймача налаштовує лише адміністратор.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Нічого не змінено.</translation>
    </message>
    <message>
        <source>The listener&apos;s TLS is off: plain HTTP, on loopback only.</source>
        <translation>TLS приймача вимкнено: звичайний HTTP, лише на loopback.</translation>
    </message>
    <message>
        <source>The listener speaks TLS with %1 and %2.</source>
        <translation>Приймач працює через TLS з %1 і %2.</translation>
    </message>
    <message>
        <source>It applies when the listener next starts.</source>
        <translation>Застосовується під час наступного запуску приймача.</translation>
    </message>
    <message>
        <source>hold, reject: why, kept in the order&apos;s history.</source>
        <translation>hold, reject: причина, зберігається в історії заявки.</translation>
    </message>
    <message>
        <source>mark-paid: the external reference of the payout (transaction id, receipt number).</source>
        <translation>mark-paid: зовнішній номер виплати (id транзакції, номер квитанції).</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>release, retry: a comment for the order&apos;s history.</source>
        <translation>release, retry: коментар для історії заявки.</translation>
    </message>
    <message>
        <source>&quot;payout %1&quot; needs order ids or UIDs.</source>
        <translation>Для «payout %1» потрібні id або UID заявок.</translation>
    </message>
    <message>
        <source>&quot;payout mark-paid&quot; needs --reference REF.</source>
        <translation>Для «payout mark-paid» потрібен --reference НОМЕР.</translation>
    </message>
    <message>
        <source>&quot;payout %1&quot; needs --reason TEXT.</source>
        <translation>Для «payout %1» потрібен --reason ТЕКСТ.</translation>
    </message>
    <message>
        <source>Usage: payoutdesk-cli [--workspace DIR | --demo] COMMAND ...</source>
        <translation>Використання: payoutdesk-cli [--workspace ТЕКА | --demo] КОМАНДА ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команди:</translation>
    </message>
    <message>
        <source>Every command takes --help.</source>
        <translation>Кожна команда розуміє --help.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1 %2&quot;.</source>
        <translation>Невідома підкоманда «%1 %2».</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 або %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>Для «%1» потрібна підкоманда: %2.</translation>
    </message>
    <message>
        <source>serve: the listener&apos;s address (default: the settings&apos;, else %1).</source>
        <translation>serve: адреса приймача (типово — з налаштувань, інакше %1).</translation>
    </message>
    <message>
        <source>create a workspace (every other command refuses a folder that holds none)</source>
        <translation>створити робочу теку (решта команд відмовляється від теки без неї)</translation>
    </message>
    <message>
        <source>list orders, filtered (table, JSON or CSV)</source>
        <translation>список заявок із фільтрами (таблиця, JSON або CSV)</translation>
    </message>
    <message>
        <source>one order with its history (ID is the order id or its UID)</source>
        <translation>одна заявка з історією (ID — id заявки або її UID)</translation>
    </message>
    <message>
        <source>import orders from JSON or CSV, all or nothing</source>
        <translation>завантажити заявки з JSON або CSV, усі або жодної</translation>
    </message>
    <message>
        <source>create an order on the exchange site</source>
        <translation>створити заявку на сайті обмінника</translation>
    </message>
    <message>
        <source>decide on a recipient the site changed</source>
        <translation>вирішити щодо отримувача, зміненого сайтом</translation>
    </message>
    <message>
        <source>orders or their history as CSV</source>
        <translation>заявки або їхня історія у CSV</translation>
    </message>
    <message>
        <source>the exchange site (payment links, order creation)</source>
        <translation>сайт обмінника (посилання на оплату, створення заявок)</translation>
    </message>
    <message>
        <source>the desk&apos;s IPN secret / the site&apos;s API token, from standard input</source>
        <translation>IPN-секрет PayoutDesk / API-токен сайту, зі стандартного вводу</translation>
    </message>
    <message>
        <source>the built-in payout providers and their settings</source>
        <translation>вбудовані провайдери виплат та їхні налаштування</translation>
    </message>
    <message>
        <source>set a setting; a secret is read from standard input</source>
        <translation>задати налаштування; секрет читається зі стандартного вводу</translation>
    </message>
    <message>
        <source>remove a secret from the keychain</source>
        <translation>видалити секрет зі сховища ключів</translation>
    </message>
    <message>
        <source>a signed balance call</source>
        <translation>підписаний запит балансу</translation>
    </message>
    <message>
        <source>pay orders waiting for their payout</source>
        <translation>виплатити заявки, що чекають виплати</translation>
    </message>
    <message>
        <source>hold payouts (release undoes it)</source>
        <translation>відкласти виплати (release скасовує)</translation>
    </message>
    <message>
        <source>release held orders</source>
        <translation>зняти утримання із заявок</translation>
    </message>
    <message>
        <source>refuse to pay: the orders are returned, their senders refunded</source>
        <translation>відмовити у виплаті: заявки — повернення, відправникам повернути кошти</translation>
    </message>
    <message>
        <source>put failed payouts back in the queue</source>
        <translation>повернути невдалі виплати до черги</translation>
    </message>
    <message>
        <source>the payout was made outside the desk</source>
        <translation>виплату зроблено поза PayoutDesk</translation>
    </message>
    <message>
        <source>an order&apos;s payout attempts</source>
        <translation>спроби виплати за заявкою</translation>
    </message>
    <message>
        <source>ask the providers about open payouts, once</source>
        <translation>один раз запитати провайдерів про відкриті виплати</translation>
    </message>
    <message>
        <source>the listener (TLS from the settings) and the poller</source>
        <translation>приймач (TLS з налаштувань) і опитування провайдерів</translation>
    </message>
    <message>
        <source>the listener&apos;s TLS (the key&apos;s password on standard input)</source>
        <translation>TLS приймача (пароль ключа зі стандартного вводу)</translation>
    </message>
    <message>
        <source>run the sandbox provider (API secret on standard input)</source>
        <translation>запустити провайдера-пісочницю (API-секрет зі стандартного вводу)</translation>
    </message>
    <message>
        <source>print what a running sandbox was asked to pay</source>
        <translation>показати, що запущену пісочницю просили виплатити</translation>
    </message>
    <message>
        <source>move this workspace&apos;s SQLite book into an empty PostgreSQL database</source>
        <translation>перенести книгу SQLite цієї теки в порожню базу PostgreSQL</translation>
    </message>
    <message>
        <source>payout limits, automatic payouts, four eyes</source>
        <translation>ліміти виплат, автовиплати, два схвалення</translation>
    </message>
    <message>
        <source>set one (no VALUE: remove it); KIND: see limits set --help</source>
        <translation>задати один (без ЗНАЧЕННЯ — видалити); ВИД: див. limits set --help</translation>
    </message>
    <message>
        <source>a team book&apos;s staff and their roles</source>
        <translation>співробітники командної книги та їхні ролі</translation>
    </message>
    <message>
        <source>add a member, or change their role (viewer, operator, admin)</source>
        <translation>додати співробітника або змінити роль (viewer, operator, admin)</translation>
    </message>
    <message>
        <source>take a member off the staff</source>
        <translation>прибрати співробітника</translation>
    </message>
    <message>
        <source>KEY [VALUE] for set.</source>
        <translation>KEY [VALUE] для set.</translation>
    </message>
    <message>
        <source>The desk-wide settings kept in the order book, as Edit → Settings… shows them. set changes
payout.default.XML, the provider that pays a currency unless staff choose another in the
queue (without VALUE: no default). Every change is written to the activity log.</source>
        <translation>Спільні налаштування столу, що зберігаються в книзі заявок, як їх показує Редагування → Налаштування…. set змінює
payout.default.XML — провайдера, який виплачує валюту, якщо співробітник не обрав іншого в
черзі (без VALUE — провайдера за замовчуванням немає). Кожна зміна записується до журналу.</translation>
    </message>
    <message>
        <source>&quot;settings&quot; needs: list, or set KEY [VALUE].</source>
        <translation>«settings» потребує: list або set KEY [VALUE].</translation>
    </message>
    <message>
        <source>Only payout.default.XML is set here; Edit → Settings… sets %1.</source>
        <translation>Тут задається лише payout.default.XML; %1 задається в Редагування → Налаштування….</translation>
    </message>
    <message>
        <source>Unknown currency %1.</source>
        <translation>Невідома валюта %1.</translation>
    </message>
    <message>
        <source>Unknown provider %1.</source>
        <translation>Невідомий провайдер %1.</translation>
    </message>
    <message>
        <source>%1 does not pay %2.</source>
        <translation>%1 не виплачує %2.</translation>
    </message>
    <message>
        <source>the desk-wide settings and each currency&apos;s default provider</source>
        <translation>спільні налаштування столу та провайдер за замовчуванням для кожної валюти</translation>
    </message>
    <message>
        <source>the provider that pays a currency by default (none: no default)</source>
        <translation>провайдер, який виплачує валюту за замовчуванням (без нього — немає)</translation>
    </message>
    <message>
        <source>Only this provider (may be given more than once).</source>
        <translation>Лише цей провайдер (можна вказати кілька разів).</translation>
    </message>
    <message>
        <source>The period&apos;s first day (YYYY-MM-DD, UTC).</source>
        <translation>Перший день періоду (РРРР-ММ-ДД, UTC).</translation>
    </message>
    <message>
        <source>The period&apos;s last day (YYYY-MM-DD, UTC), included.</source>
        <translation>Останній день періоду (РРРР-ММ-ДД, UTC), включно.</translation>
    </message>
    <message>
        <source>List the open mismatches; read no statement.</source>
        <translation>Показати відкриті розбіжності, не читаючи виписок.</translation>
    </message>
    <message>
        <source>Resolve this mismatch (with --comment).</source>
        <translation>Закрити цю розбіжність (з --comment).</translation>
    </message>
    <message>
        <source>How the mismatch was resolved.</source>
        <translation>Як розбіжність було врегульовано.</translation>
    </message>
    <message>
        <source>Holds each provider&apos;s own books (its withdrawal or payout history) for a period against the
desk&apos;s payouts: payouts made outside the desk, payouts the provider has no record of, a
second payout for one order, other amounts, currencies, addresses or outcomes. Each run is
kept in the book; a mismatch stays open until resolved with a comment. Exits 6 while any
mismatch is open.</source>
        <translation>Звіряє власні записи кожного провайдера (історію виведень чи виплат) за період
з виплатами PayoutDesk: виплати, зроблені в обхід PayoutDesk, виплати, яких у провайдера немає,
другу виплату за однією заявкою, інші суми, валюти, адреси чи результати. Кожна звірка
зберігається в книзі; розбіжність лишається відкритою, доки її не закриють із коментарем.
Код виходу 6, доки відкрита хоч одна розбіжність.</translation>
    </message>
    <message>
        <source>&quot;reconcile --resolve&quot; needs a mismatch&apos;s number and --comment TEXT.</source>
        <translation>&quot;reconcile --resolve&quot; потребує номера розбіжності та --comment ТЕКСТ.</translation>
    </message>
    <message>
        <source>&quot;reconcile&quot; needs --from DATE and --to DATE (YYYY-MM-DD, the first not after the last).</source>
        <translation>&quot;reconcile&quot; потребує --from ДАТА і --to ДАТА (РРРР-ММ-ДД, перша не пізніше за другу).</translation>
    </message>
    <message>
        <source>hold the providers&apos; books against the desk&apos;s payouts (exit 6: mismatches open)</source>
        <translation>звірити записи провайдерів із виплатами PayoutDesk (код 6: є відкриті розбіжності)</translation>
    </message>
</context>
<context>
    <name>pd::ClientLinksBox</name>
    <message>
        <source>Client links</source>
        <translation>Посилання для клієнта</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Оплата:</translation>
    </message>
    <message>
        <source>Copy the payment link (Ctrl+Shift+C)</source>
        <translation>Копіювати посилання на оплату (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Заявка:</translation>
    </message>
    <message>
        <source>QR code…</source>
        <translation>QR-код…</translation>
    </message>
    <message>
        <source>Payment link as a QR code</source>
        <translation>Посилання на оплату у вигляді QR-коду</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionGuard</name>
    <message>
        <source>%1 already has %2 connections open, the most one address may.</source>
        <translation>У %1 вже відкрито %2 з’єднань — більше з однієї адреси не можна.</translation>
    </message>
    <message>
        <source>%1 connections are open and busy, the most the listener takes.</source>
        <translation>Відкрито й зайнято %1 з’єднань — більше приймач не приймає.</translation>
    </message>
    <message>
        <source>Closed to make room: %1 connections were open.</source>
        <translation>Закрито, щоб звільнити місце: було відкрито %1 з’єднань.</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionWatch</name>
    <message>
        <source>Idle for %1 s: closed.</source>
        <translation>Простій %1 с: закрито.</translation>
    </message>
    <message>
        <source>The request&apos;s head is over %1 bytes.</source>
        <translation>Заголовок запиту більший за %1 байт.</translation>
    </message>
    <message>
        <source>A chunked body declares no length: refused.</source>
        <translation>Тіло частинами (chunked) не оголошує довжину: відхилено.</translation>
    </message>
    <message>
        <source>The Content-Length is not a number.</source>
        <translation>Content-Length — не число.</translation>
    </message>
    <message>
        <source>The body is declared as %1 bytes; the listener takes at most %2.</source>
        <translation>Тіло оголошено розміром %1 байт; приймач приймає не більше %2.</translation>
    </message>
</context>
<context>
    <name>pd::CopyButton</name>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
</context>
<context>
    <name>pd::CryptomusProvider</name>
    <message>
        <source>Cryptomus&apos;s answer has no state.</source>
        <translation>У відповіді Cryptomus немає стану.</translation>
    </message>
    <message>
        <source>Cryptomus answered with state %1.</source>
        <translation>Cryptomus відповів зі станом %1.</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s answer has no merchant balance.</source>
        <translation>У відповіді Cryptomus немає балансу мерчанта.</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s balance of %1 is not a decimal amount.</source>
        <translation>Баланс %1 у Cryptomus — не десяткова сума.</translation>
    </message>
    <message>
        <source>Cryptomus has no network the desk knows for %1 (%2).</source>
        <translation>У Cryptomus немає відомої робочому місцю мережі для %1 (%2).</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s answer to the payout names no uuid.</source>
        <translation>У відповіді Cryptomus на виплату немає uuid.</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s payout has no uuid or status.</source>
        <translation>Виплата Cryptomus не має uuid або статусу.</translation>
    </message>
    <message>
        <source>Cryptomus status &quot;%1&quot;, not final: the payout failed, but Cryptomus&apos;s support can still send it. Ask them before paying this order again.</source>
        <translation>Статус Cryptomus «%1», не остаточний: виплата не вдалася, але підтримка Cryptomus ще може її надіслати. Уточніть у них, перш ніж знову платити за цією заявкою.</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s payout API key is not set.</source>
        <translation>API-ключ виплат Cryptomus не задано.</translation>
    </message>
    <message>
        <source>The webhook is not a JSON object with a signature (&quot;sign&quot;).</source>
        <translation>Вебхук — не об&apos;єкт JSON з підписом («sign»).</translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match.</source>
        <translation>Підпис вебхука не збігається.</translation>
    </message>
    <message>
        <source>The webhook is not about a payout.</source>
        <translation>Вебхук не стосується виплати.</translation>
    </message>
    <message>
        <source>The webhook names no payout uuid.</source>
        <translation>Вебхук не називає uuid виплати.</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s payout history has no items.</source>
        <translation>В історії виплат Cryptomus немає items.</translation>
    </message>
    <message>
        <source>A payout in Cryptomus&apos;s history has no uuid or amount.</source>
        <translation>В історії Cryptomus є виплата без uuid чи суми.</translation>
    </message>
</context>
<context>
    <name>pd::CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>вивід</translation>
    </message>
    <message>
        <source>Cannot read the order book: %1</source>
        <translation>Не вдається прочитати книгу заявок: %1</translation>
    </message>
</context>
<context>
    <name>pd::CsvExportJob</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Вивантаження скасовано; нічого не записано.</translation>
    </message>
</context>
<context>
    <name>pd::DashboardPage</name>
    <message>
        <source>By currency</source>
        <translation>За валютами</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>За провайдерами</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Read the figures and the providers&apos; balances again</source>
        <translation>Знову прочитати показники й баланси провайдерів</translation>
    </message>
    <message>
        <source>Payouts per day</source>
        <translation>Виплати за днями</translation>
    </message>
    <message>
        <source>Outcomes per provider</source>
        <translation>Підсумки за провайдерами</translation>
    </message>
    <message>
        <source>Orders per status</source>
        <translation>Заявки за статусами</translation>
    </message>
    <message>
        <source>Provider balances</source>
        <translation>Баланси провайдерів</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Виплат</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Виплачено</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Прочитано о</translation>
    </message>
    <message>
        <source>Last %1 days: %2 – %3</source>
        <translation>Останні %1 дн.: %2 – %3</translation>
    </message>
    <message>
        <source>No payout in the period</source>
        <translation>За період виплат немає</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не вдалося</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Потребує уваги</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>В очікуванні</translation>
    </message>
    <message>
        <source>%1: %2 of %3 paid</source>
        <translation>%1: виплачено %2 з %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The book is empty</source>
        <translation>Книга заявок порожня</translation>
    </message>
    <message>
        <source>The figures cannot be read: %1</source>
        <translation>Показники не читаються: %1</translation>
    </message>
    <message>
        <source>The providers&apos; settings cannot be read: %1</source>
        <translation>Налаштування провайдерів не читаються: %1</translation>
    </message>
    <message>
        <source>payouts sent from the desk</source>
        <translation>виплати, надіслані з програми</translation>
    </message>
    <message>
        <source>Only the payouts the desk sent itself. Orders marked paid by hand, or paid on arrival, are counted under &quot;Orders per status&quot;.</source>
        <translation>Лише виплати, надіслані самою програмою. Заявки, позначені виплаченими вручну або ті, що надійшли вже виплаченими, враховано в «Заявки за статусами».</translation>
    </message>
    <message>
        <source>No payout sent from the desk in the period</source>
        <translation>За період з програми не надіслано жодної виплати</translation>
    </message>
</context>
<context>
    <name>pd::DashboardService</name>
    <message>
        <source>The dashboard&apos;s figures cannot be read.</source>
        <translation>Показники панелі не читаються.</translation>
    </message>
</context>
<context>
    <name>pd::DeskListener</name>
    <message>
        <source>No such endpoint.</source>
        <translation>Немає такої адреси.</translation>
    </message>
    <message>
        <source>The listener cannot listen on %1 port %2: %3</source>
        <translation>Приймач не може слухати %1, порт %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to listen on: write host:port, e.g. 127.0.0.1:8787.</source>
        <translation>«%1» — не адреса для приймання: вкажіть хост:порт, наприклад 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>The listener does not take plain HTTP on %1, where others than this computer reach it: give it a TLS certificate and key (payoutdesk-cli listener tls CERT KEY), or keep it on 127.0.0.1 behind a reverse proxy that speaks HTTPS, or start it with --insecure-listen.</source>
        <translation>Приймач не приймає звичайний HTTP на %1, де до нього звертаються не лише з цього комп’ютера: дайте йому TLS-сертифікат і ключ (payoutdesk-cli listener tls CERT KEY), або залиште його на 127.0.0.1 за зворотним проксі з HTTPS, або запустіть з --insecure-listen.</translation>
    </message>
</context>
<context>
    <name>pd::ExchangeSiteClient</name>
    <message>
        <source>The route must be the exchange direction&apos;s 24-character ObjectId.</source>
        <translation>Напрямок має бути 24-символьним ObjectId напрямку обміну.</translation>
    </message>
    <message>
        <source>The amount must be a positive decimal number.</source>
        <translation>Сума має бути додатним десятковим числом.</translation>
    </message>
    <message>
        <source>The recipient&apos;s details (toValues) are missing.</source>
        <translation>Немає реквізитів отримувача (toValues).</translation>
    </message>
    <message>
        <source>Every detail needs a key.</source>
        <translation>Кожен реквізит повинен мати ключ.</translation>
    </message>
    <message>
        <source>The client has to accept the exchange&apos;s terms (agreement).</source>
        <translation>Клієнт має прийняти умови обміну (agreement).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation>«%1» — не адреса http(s).</translation>
    </message>
    <message>
        <source>An IPN URL needs an IPN secret of at least 16 characters.</source>
        <translation>Для IPN URL потрібен IPN-секрет щонайменше з 16 символів.</translation>
    </message>
    <message>
        <source>The exchange site answered HTTP %1: %2</source>
        <translation>Сайт обмінника відповів HTTP %1: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причину не вказано</translation>
    </message>
    <message>
        <source>The exchange site&apos;s answer lacks the order&apos;s id, UID, secret, status or amounts.</source>
        <translation>У відповіді сайту обмінника немає id, UID, секрету, статусу або сум заявки.</translation>
    </message>
</context>
<context>
    <name>pd::ExportCommand</name>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Не вдається писати в стандартний вивід: %1</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>У %1 нічого не записано.</translation>
    </message>
</context>
<context>
    <name>pd::ExportDialog</name>
    <message>
        <source>&amp;Orders, one row each</source>
        <translation>&amp;Заявки, по рядку на кожну</translation>
    </message>
    <message>
        <source>Their &amp;history, one row per status change</source>
        <translation>Їхню &amp;історію, по рядку на кожну зміну статусу</translation>
    </message>
    <message>
        <source>A &amp;date range:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>Start with a UTF-8 &amp;byte order mark (for Excel)</source>
        <translation>Почати з мітки порядку &amp;байтів UTF-8 (для Excel)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Вивантаження в CSV</translation>
    </message>
    <message>
        <source>&amp;As the Orders page shows them: %1</source>
        <translation>&amp;Як показує сторінка «Заявки»: %1</translation>
    </message>
    <message>
        <source>From the start of this day (the desk&apos;s time zone)</source>
        <translation>З початку цього дня (часовий пояс робочого місця)</translation>
    </message>
    <message>
        <source>To the end of this day (the desk&apos;s time zone)</source>
        <translation>До кінця цього дня (часовий пояс робочого місця)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Кома ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ), for spreadsheets that use a decimal comma</source>
        <translation>Крапка з комою ( ; ), для таблиць із десятковою комою</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Вивантажити:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Рядки:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Роздільник:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>UTF-8, RFC 4180. Amounts exactly as stored; times in ISO 8601 UTC. Cells a spreadsheet would run as a formula start with an apostrophe.</source>
        <translation>UTF-8, RFC 4180. Суми точно як зберігаються; час в ISO 8601 UTC. Клітинки, які таблиця виконала б як формулу, починаються з апострофа.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Вивантажити</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>статус %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> або </translation>
    </message>
    <message>
        <source>currency %1</source>
        <translation>валюта %1</translation>
    </message>
    <message>
        <source>created from %1</source>
        <translation>створені з %1</translation>
    </message>
    <message>
        <source>created before %1</source>
        <translation>створені до %1</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>пошук «%1»</translation>
    </message>
    <message>
        <source>every order</source>
        <translation>усі заявки</translation>
    </message>
    <message>
        <source>Status changes in a &amp;date range:</source>
        <translation>Зміни статусу за &amp;період:</translation>
    </message>
    <message>
        <source>Orders created in a &amp;date range:</source>
        <translation>Заявки, створені за &amp;період:</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файли CSV (*.csv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 — тека: виберіть назву файлу.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it when the export is complete?</source>
        <translation>%1 вже існує. Замінити його, коли вивантаження завершиться?</translation>
    </message>
</context>
<context>
    <name>pd::ExportProgress</name>
    <message>
        <source>history</source>
        <translation>історію</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>заявки</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Вивантаження в CSV</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>Вивантажуються %1 у %2…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…
%3 of %4 rows</source>
        <translation>Вивантажуються %1 у %2…
%3 з %4 рядків</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Вивантаження не вдалося</translation>
    </message>
    <message>
        <source>The export to %1 failed; no file was written.</source>
        <translation>Вивантаження в %1 не вдалося; файл не записано.</translation>
    </message>
</context>
<context>
    <name>pd::FormBody</name>
    <message>
        <source>&quot;%1&quot; has no name=value.</source>
        <translation>«%1» без name=value.</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; is not UTF-8 text.</source>
        <translation>Частина «%1» — не текст в UTF-8.</translation>
    </message>
</context>
<context>
    <name>pd::HistoryTimeline</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Arrived as %1</source>
        <translation>Надійшла як «%1»</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>хто: %1</translation>
    </message>
    <message>
        <source>payout: %1</source>
        <translation>виплата: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>примітка: %1</translation>
    </message>
</context>
<context>
    <name>pd::IpnDeliveriesView</name>
    <message>
        <source>Queued</source>
        <translation>У черзі</translation>
    </message>
    <message>
        <source>Status sent</source>
        <translation>Надісланий статус</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не вдалося</translation>
    </message>
    <message>
        <source>to be retried</source>
        <translation>буде повторено</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>очікує</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>надсилається</translation>
    </message>
    <message>
        <source>%1 (%2 tries)</source>
        <translation>%1 (спроб: %2)</translation>
    </message>
</context>
<context>
    <name>pd::IpnInbox</name>
    <message>
        <source>Created by an IPN sent at %1.</source>
        <translation>Створена за IPN, надісланим о %1.</translation>
    </message>
    <message>
        <source>An older IPN (&quot;%1&quot;, sent at %2) arrived late; the status was not rolled back.</source>
        <translation>Старіший IPN («%1», надісланий о %2) прийшов пізно; статус не відкочувався.</translation>
    </message>
    <message>
        <source>An IPN (&quot;%1&quot;, sent at %2) arrived while the desk is paying this order out; nothing was changed. Check the order with the exchange.</source>
        <translation>IPN («%1», надісланий о %2) прийшов, поки робоче місце виплачує цю заявку; нічого не змінено. Звірте заявку з обмінником.</translation>
    </message>
    <message>
        <source>IPN &quot;%1&quot; sent at %2: nothing new.</source>
        <translation>IPN «%1», надісланий о %2: нічого нового.</translation>
    </message>
    <message>
        <source>amounts %1 → %2 %3, %4 → %5 %6</source>
        <translation>суми %1 → %2 %3, %4 → %5 %6</translation>
    </message>
    <message>
        <source>IPN sent at %1.</source>
        <translation>IPN надіслано о %1.</translation>
    </message>
    <message>
        <source>IPN sent at %1; changed: %2.</source>
        <translation>IPN надіслано о %1; змінено: %2.</translation>
    </message>
    <message>
        <source>The site says &quot;%1&quot; (IPN sent at %2), which cannot follow &quot;%3&quot;: not applied. Check the order with the exchange.</source>
        <translation>Сайт повідомляє «%1» (IPN надіслано о %2), але це не може йти після «%3»: не застосовано. Звірте заявку з обмінником.</translation>
    </message>
    <message>
        <source>It names another recipient (%1, where the order was pinned to %2): not applied. The order cannot be paid until a staff member accepts or refuses the new recipient.</source>
        <translation>У ньому вказано іншого отримувача (%1, а заявку закріплено за %2): не застосовано. Заявку не можна виплатити, доки співробітник не прийме або не відхилить нового отримувача.</translation>
    </message>
    <message>
        <source>Order %1 is neither new nor in the book.</source>
        <translation>Замовлення %1 не нове, але й у книзі його немає.</translation>
    </message>
</context>
<context>
    <name>pd::IpnMessage</name>
    <message>
        <source>toValues has more than %1 entries.</source>
        <translation>У toValues більше %1 записів.</translation>
    </message>
    <message>
        <source>The field %1 is given twice.</source>
        <translation>Поле %1 вказано двічі.</translation>
    </message>
    <message>
        <source>The field %1 is missing.</source>
        <translation>Немає поля %1.</translation>
    </message>
    <message>
        <source>orderUID must be a positive number.</source>
        <translation>orderUID має бути додатним числом.</translation>
    </message>
    <message>
        <source>orderId must be a 24-character hexadecimal ObjectId.</source>
        <translation>orderId має бути 24-символьним шістнадцятковим ObjectId.</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not one of the protocol&apos;s statuses.</source>
        <translation>Статус «%1» — не зі статусів протоколу.</translation>
    </message>
    <message>
        <source>inAmount and outAmount must be decimal numbers.</source>
        <translation>inAmount і outAmount мають бути десятковими числами.</translation>
    </message>
    <message>
        <source>timestamp must be unix time in milliseconds.</source>
        <translation>timestamp має бути часом unix у мілісекундах.</translation>
    </message>
    <message>
        <source>xml_from and xml_to must be currency codes.</source>
        <translation>xml_from і xml_to мають бути кодами валют.</translation>
    </message>
    <message>
        <source>toValues is given both as JSON and in brackets.</source>
        <translation>toValues вказано і як JSON, і в дужках.</translation>
    </message>
    <message>
        <source>toValues is not a JSON array of {key, name, value}.</source>
        <translation>toValues — не JSON-масив із {key, name, value}.</translation>
    </message>
    <message>
        <source>toValues holds text that is not valid Unicode (half of a surrogate pair).</source>
        <translation>У toValues текст, що не є коректним Unicode (половина сурогатної пари).</translation>
    </message>
    <message>
        <source>toValues[%1] is missing.</source>
        <translation>Немає toValues[%1].</translation>
    </message>
    <message>
        <source>The body is not a form: %1</source>
        <translation>Тіло — не форма: %1</translation>
    </message>
</context>
<context>
    <name>pd::IpnRoute</name>
    <message>
        <source>IPNs are not taken at the moment.</source>
        <translation>IPN зараз не приймаються.</translation>
    </message>
    <message>
        <source>IPNs are sent with POST.</source>
        <translation>IPN надсилаються методом POST.</translation>
    </message>
    <message>
        <source>Not a POST: %1</source>
        <translation>Не POST: %1</translation>
    </message>
    <message>
        <source>The body has %1 bytes; an IPN may have at most %2.</source>
        <translation>У тілі %1 байт; IPN може мати не більше %2.</translation>
    </message>
    <message>
        <source>The desk has no IPN secret to check the checksum with (%1). Set it under Settings.</source>
        <translation>Робоче місце не має IPN-секрету для перевірки контрольної суми (%1). Задайте його в налаштуваннях.</translation>
    </message>
    <message>
        <source>none is stored</source>
        <translation>жодного не збережено</translation>
    </message>
    <message>
        <source>Wrong checksum for order %1.</source>
        <translation>Неправильна контрольна сума для заявки %1.</translation>
    </message>
    <message>
        <source>The IPN for order %1 was sent at %2, outside the %3-hour window.</source>
        <translation>IPN для заявки %1 надіслано о %2, поза вікном у %3 год.</translation>
    </message>
    <message>
        <source>Not stored, send it again: %1</source>
        <translation>Не збережено, надішліть ще раз: %1</translation>
    </message>
    <message>
        <source>The IPN for order %1 is dated %2, more than %3 minute(s) ahead of the desk&apos;s clock.</source>
        <translation>IPN за заявкою %1 датовано %2 — більш ніж на %3 хв. попереду годинника робочого місця.</translation>
    </message>
    <message>
        <source>The IPN for order %1 is refused: %2</source>
        <translation>IPN за заявкою %1 відхилено: %2</translation>
    </message>
</context>
<context>
    <name>pd::IpnSender</name>
    <message>
        <source>The desk stopped while sending this IPN; it is not sent again, since it may have arrived.</source>
        <translation>Робоче місце зупинилося під час надсилання цього IPN; його не надсилають знову, бо він міг дійти.</translation>
    </message>
    <message>
        <source>The order or its IPN URL is gone.</source>
        <translation>Заявки або її IPN URL більше немає.</translation>
    </message>
    <message>
        <source>No IPN secret for this order in the keychain: %1</source>
        <translation>У сховищі ключів немає IPN-секрету цієї заявки: %1</translation>
    </message>
    <message>
        <source>Answered HTTP %1: %2</source>
        <translation>Відповідь HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::LimitsDialog</name>
    <message>
        <source>Minimum per payout</source>
        <translation>Мінімум на виплату</translation>
    </message>
    <message>
        <source>Maximum per payout</source>
        <translation>Максимум на виплату</translation>
    </message>
    <message>
        <source>Total per day (UTC)</source>
        <translation>Сума на день (UTC)</translation>
    </message>
    <message>
        <source>Payouts per day (UTC)</source>
        <translation>Виплат на день (UTC)</translation>
    </message>
    <message>
        <source>Total per month (UTC)</source>
        <translation>Сума на місяць (UTC)</translation>
    </message>
    <message>
        <source>Payouts per month (UTC)</source>
        <translation>Виплат на місяць (UTC)</translation>
    </message>
    <message>
        <source>Automatic payouts up to</source>
        <translation>Автоматичні виплати до</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Задати</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Видалити вибраний</translation>
    </message>
    <message>
        <source>Payout limits</source>
        <translation>Ліміти виплат</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Ліміт</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>An amount, or a number of payouts</source>
        <translation>Сума або кількість виплат</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Видалено.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Second approval above</source>
        <translation>Друге схвалення понад</translation>
    </message>
    <message>
        <source>Every provider</source>
        <translation>Будь-який провайдер</translation>
    </message>
    <message>
        <source>Checked when a payout is claimed, on every desk of the book: a payout over a limit is not sent and waits in the queue with the reason. &quot;Automatic payouts up to&quot; turns automatic payouts on for that currency: orders up to the amount are paid without a click. &quot;Second approval above&quot; holds for every provider: a larger payout is sent only once two different staff members approved it.</source>
        <translation>Перевіряється під час захоплення виплати на кожному робочому місці книги: виплата понад ліміт не надсилається й чекає в черзі з причиною. «Автоматичні виплати до» вмикає автоматичні виплати для цієї валюти: заявки до цієї суми виплачуються без кліку. «Друге схвалення понад» діє для всіх провайдерів: більша виплата надсилається, лише коли її схвалили два різні співробітники.</translation>
    </message>
    <message>
        <source>Saved. On one desk every approval is its OS user&apos;s: a payout above it needs a second OS user opening this workspace, or a team&apos;s order book.</source>
        <translation>Збережено. На одному робочому місці кожне схвалення — від його користувача ОС: виплаті понад поріг потрібен другий користувач ОС, що відкриває цю робочу теку, або командна книга заявок.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>The limits cannot be read: %1</source>
        <translation>Ліміти не читаються: %1</translation>
    </message>
</context>
<context>
    <name>pd::ListenerTls</name>
    <message>
        <source>The password of the listener&apos;s TLS key cannot be read from the keychain: %1</source>
        <translation>Пароль TLS-ключа приймача не вдається прочитати зі сховища ключів: %1</translation>
    </message>
    <message>
        <source>The listener&apos;s TLS needs both a certificate and a key file (settings %1 and %2).</source>
        <translation>Для TLS приймача потрібні і сертифікат, і файл ключа (налаштування %1 і %2).</translation>
    </message>
    <message>
        <source>No PEM certificate can be read from %1.</source>
        <translation>З %1 не вдається прочитати PEM-сертифікат.</translation>
    </message>
    <message>
        <source>The TLS key %1 cannot be read: %2</source>
        <translation>TLS-ключ %1 не вдається прочитати: %2</translation>
    </message>
    <message>
        <source>The TLS key %1 cannot be opened: it is not a PEM private key, or it needs its password in the keychain.</source>
        <translation>TLS-ключ %1 не відкривається: це не закритий ключ PEM, або йому потрібен пароль у сховищі ключів.</translation>
    </message>
    <message>
        <source>The TLS key %1 does not open with the password in the keychain.</source>
        <translation>TLS-ключ %1 не відкривається паролем зі сховища ключів.</translation>
    </message>
</context>
<context>
    <name>pd::MainWindow</name>
    <message>
        <source>PayoutDesk — %1</source>
        <translation>PayoutDesk — %1</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Payout queue</source>
        <translation>Черга виплат</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Провайдери</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Робоча тека: %1</translation>
    </message>
    <message>
        <source>Order UID %1 created on the exchange site.</source>
        <translation>Заявку UID %1 створено на сайті обмінника.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New order on the exchange site…</source>
        <translation>&amp;Нова заявка на сайті обмінника…</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>&amp;Завантажити заявки…</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Вивантажити в CSV…</translation>
    </message>
    <message>
        <source>Open workspace &amp;folder</source>
        <translation>Відкрити робочу &amp;теку</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вихід</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Find order…</source>
        <translation>&amp;Знайти заявку…</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Скинути фільтри</translation>
    </message>
    <message>
        <source>Copy order &amp;id</source>
        <translation>Копіювати &amp;id заявки</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Заявки</translation>
    </message>
    <message>
        <source>Payout &amp;queue</source>
        <translation>&amp;Черга виплат</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Провайдери</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Стовпці</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Заявка</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>&amp;Відкрити заявку</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сполучення клавіш</translation>
    </message>
    <message>
        <source>&amp;About PayoutDesk</source>
        <translation>&amp;Про PayoutDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основна</translation>
    </message>
    <message>
        <source>Payout failed</source>
        <translation>Виплата не вдалася</translation>
    </message>
    <message>
        <source>The payout of order %1 failed; it is back in the queue as a payout error.</source>
        <translation>Виплата за заявкою %1 не вдалася; вона знову в черзі як помилка виплати.</translation>
    </message>
    <message>
        <source>Payout needs attention</source>
        <translation>Виплата потребує уваги</translation>
    </message>
    <message>
        <source>The outcome of the payout of order %1 is not known yet.</source>
        <translation>Результат виплати за заявкою %1 поки невідомий.</translation>
    </message>
    <message numerus="yes">
        <source>PayoutDesk: %n payout(s) waiting</source>
        <translation>
            <numerusform>PayoutDesk: чекає %n виплата</numerusform>
            <numerusform>PayoutDesk: чекають %n виплати</numerusform>
            <numerusform>PayoutDesk: чекають %n виплат</numerusform>
        </translation>
    </message>
    <message>
        <source>PayoutDesk: no payout waiting</source>
        <translation>PayoutDesk: виплат в очікуванні немає</translation>
    </message>
    <message>
        <source>Payout queue (%1)</source>
        <translation>Черга виплат (%1)</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Завантаження заявок</translation>
    </message>
    <message>
        <source>Orders (*.json *.jsonl *.csv);;All files (*)</source>
        <translation>Заявки (*.json *.jsonl *.csv);;Усі файли (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Вивантажено %n рядок у %1.</numerusform>
            <numerusform>Вивантажено %n рядки у %1.</numerusform>
            <numerusform>Вивантажено %n рядків у %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Вивантаження скасовано: файл не записано.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Завантаження вже триває.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Завантажується %1…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Нічого не завантажено</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n bad row(s); no order was imported. Fix them and import the file again.</source>
        <translation>
            <numerusform>У файлі %n поганий рядок; жодну заявку не завантажено. Виправте його й завантажте файл знову.</numerusform>
            <numerusform>У файлі %n погані рядки; жодну заявку не завантажено. Виправте їх і завантажте файл знову.</numerusform>
            <numerusform>У файлі %n поганих рядків; жодну заявку не завантажено. Виправте їх і завантажте файл знову.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s).</source>
        <translation>
            <numerusform>Завантажено %n заявку.</numerusform>
            <numerusform>Завантажено %n заявки.</numerusform>
            <numerusform>Завантажено %n заявок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the selected order</source>
        <translation>Відкрити вибрану заявку</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сполучення клавіш</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Зведення</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Зведення</translation>
    </message>
    <message>
        <source>Order &amp;book (team mode)…</source>
        <translation>&amp;Книга заявок (командний режим)…</translation>
    </message>
    <message>
        <source>Payout &amp;limits…</source>
        <translation>&amp;Ліміти виплат…</translation>
    </message>
    <message>
        <source>&amp;Blocked recipients…</source>
        <translation>&amp;Заблоковані отримувачі…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Вхід: %1 (%2)</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>&amp;Співробітники…</translation>
    </message>
    <message>
        <source>demo workspace</source>
        <translation>демо-тека</translation>
    </message>
    <message>
        <source>team book %1</source>
        <translation>спільна книга %1</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Звірка</translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation with %1: %n mismatch(es) open, waiting for a person.</source>
        <translation>
            <numerusform>Звірка з %1: відкрита %n розбіжність, чекає на людину.</numerusform>
            <numerusform>Звірка з %1: відкрито %n розбіжності, чекають на людину.</numerusform>
            <numerusform>Звірка з %1: відкрито %n розбіжностей, чекають на людину.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconciliation mismatch</source>
        <translation>Розбіжність під час звірки</translation>
    </message>
    <message>
        <source>&amp;Reconciliation</source>
        <translation>З&amp;вірка</translation>
    </message>
</context>
<context>
    <name>pd::Manifest</name>
    <message>
        <source>The manifest is not a JSON object: %1</source>
        <translation>Маніфест — не об&apos;єкт JSON: %1</translation>
    </message>
    <message>
        <source>The manifest&apos;s type must be &quot;payout&quot;.</source>
        <translation>Тип маніфесту має бути «payout».</translation>
    </message>
    <message>
        <source>The manifest needs a name and a title.</source>
        <translation>Маніфесту потрібні ім&apos;я та заголовок.</translation>
    </message>
    <message>
        <source>poll_interval_seconds must be at least 5.</source>
        <translation>poll_interval_seconds має бути не менше 5.</translation>
    </message>
    <message>
        <source>required_config.%1 must be 1 (shown) or 2 (secret).</source>
        <translation>required_config.%1 має бути 1 (видимий) або 2 (секрет).</translation>
    </message>
    <message>
        <source>Cannot read the manifest %1.</source>
        <translation>Не вдається прочитати маніфест %1.</translation>
    </message>
</context>
<context>
    <name>pd::MerchantCommand</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>Нічого не надіслано.</translation>
    </message>
    <message>
        <source>Created order UID %1 (%2): %3, pays %4 %5 for %6 %7.</source>
        <translation>Створено заявку UID %1 (%2): %3, платить %4 %5 за %6 %7.</translation>
    </message>
    <message>
        <source>Give http(s) addresses, e.g. https://www.kryptoswap.io</source>
        <translation>Вкажіть адреси http(s), наприклад https://www.kryptoswap.io</translation>
    </message>
    <message>
        <source>The exchange site is %1.</source>
        <translation>Сайт обмінника: %1.</translation>
    </message>
    <message>
        <source>Which secret: &quot;ipn&quot; (the desk&apos;s IPN secret) or &quot;token&quot; (the exchange site&apos;s API token).</source>
        <translation>Який секрет: «ipn» (IPN-секрет робочого місця) або «token» (API-токен сайту обмінника).</translation>
    </message>
    <message>
        <source>Nothing came on standard input; nothing was stored.</source>
        <translation>Зі стандартного вводу нічого не надійшло; нічого не збережено.</translation>
    </message>
    <message>
        <source>The IPN secret is in the keychain.</source>
        <translation>IPN-секрет у сховищі ключів.</translation>
    </message>
    <message>
        <source>The exchange site&apos;s API token is in the keychain.</source>
        <translation>API-токен сайту обмінника у сховищі ключів.</translation>
    </message>
</context>
<context>
    <name>pd::MismatchModel</name>
    <message>
        <source>At the provider, not in the desk</source>
        <translation>У провайдера, але не в PayoutDesk</translation>
    </message>
    <message>
        <source>Paid in the desk, not at the provider</source>
        <translation>Виплачено в PayoutDesk, але немає у провайдера</translation>
    </message>
    <message>
        <source>Another amount</source>
        <translation>Інша сума</translation>
    </message>
    <message>
        <source>Another currency</source>
        <translation>Інша валюта</translation>
    </message>
    <message>
        <source>Another destination</source>
        <translation>Інший отримувач</translation>
    </message>
    <message>
        <source>More than one payout for the order</source>
        <translation>Більше однієї виплати за заявкою</translation>
    </message>
    <message>
        <source>The outcomes disagree</source>
        <translation>Результати не збігаються</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>нічого</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Resolved by %1, %2: %3</source>
        <translation>Закрито: %1, %2: %3</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Знайдено</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Розбіжність</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>In the desk</source>
        <translation>У PayoutDesk</translation>
    </message>
    <message>
        <source>At the provider</source>
        <translation>У провайдера</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
</context>
<context>
    <name>pd::NewOrderDialog</name>
    <message>
        <source>New order on the exchange site</source>
        <translation>Нова заявка на сайті обмінника</translation>
    </message>
    <message>
        <source>the direction&apos;s 24-character id</source>
        <translation>24-символьний id напрямку</translation>
    </message>
    <message>
        <source>what the client pays, e.g. 0.015</source>
        <translation>скільки платить клієнт, наприклад 0.015</translation>
    </message>
    <message>
        <source>The client accepts the exchange&apos;s terms</source>
        <translation>Клієнт приймає умови обміну</translation>
    </message>
    <message>
        <source>Hide the recipient&apos;s details from the client&apos;s page</source>
        <translation>Приховати реквізити отримувача на сторінці клієнта</translation>
    </message>
    <message>
        <source>optional: where this order&apos;s IPNs go</source>
        <translation>необов&apos;язково: куди йдуть IPN цієї заявки</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Новий секрет</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Напрямок:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнер:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сума:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Client&apos;s details (fromValues):</source>
        <translation>Реквізити клієнта (fromValues):</translation>
    </message>
    <message>
        <source>&amp;Recipient (toValues):</source>
        <translation>&amp;Отримувач (toValues):</translation>
    </message>
    <message>
        <source>Direction&apos;s details (routeValues):</source>
        <translation>Параметри напрямку (routeValues):</translation>
    </message>
    <message>
        <source>Client returns to:</source>
        <translation>Клієнт повертається на:</translation>
    </message>
    <message>
        <source>&amp;IPN URL:</source>
        <translation>&amp;IPN URL:</translation>
    </message>
    <message>
        <source>IPN secret:</source>
        <translation>IPN-секрет:</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>Створити заявку</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Asking the exchange site…</source>
        <translation>Запит до сайту обмінника…</translation>
    </message>
</context>
<context>
    <name>pd::Order</name>
    <message>
        <source>The order id &quot;%1&quot; is not a 24-character hexadecimal ObjectId.</source>
        <translation>Id заявки «%1» — не 24-символьний шістнадцятковий ObjectId.</translation>
    </message>
    <message>
        <source>The order UID must be a positive number.</source>
        <translation>UID заявки має бути додатним числом.</translation>
    </message>
    <message>
        <source>The %1 currency &quot;%2&quot; is not a known XML code.</source>
        <translation>Валюта (%1) «%2» — невідомий XML-код.</translation>
    </message>
    <message>
        <source>The %1 amount %2 has more decimals than %3 allows (%4).</source>
        <translation>У сумі (%1) %2 більше знаків після крапки, ніж дозволяє %3 (%4).</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>вхідна</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>вихідна</translation>
    </message>
    <message>
        <source>The order has no creation time.</source>
        <translation>Заявка не має часу створення.</translation>
    </message>
    <message>
        <source>A recipient field has no key.</source>
        <translation>Поле отримувача не має ключа.</translation>
    </message>
    <message>
        <source>The %1 amount %2 is not positive.</source>
        <translation>%1 сума %2 не додатна.</translation>
    </message>
    <message>
        <source>The %1 amount %2 is above the book&apos;s maximum of %3.</source>
        <translation>%1 сума %2 більша за максимум книги — %3.</translation>
    </message>
    <message>
        <source>The recipient field &quot;%1&quot; holds a control character or text that is not valid Unicode.</source>
        <translation>Поле отримувача «%1» містить керівний символ або текст, що не є коректним Unicode.</translation>
    </message>
</context>
<context>
    <name>pd::OrderBookDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Перевірити підключення</translation>
    </message>
    <message>
        <source>&amp;Use this book</source>
        <translation>&amp;Використовувати цю книгу</translation>
    </message>
    <message>
        <source>&amp;Move this desk&apos;s book there…</source>
        <translation>&amp;Перенести туди книгу цього місця…</translation>
    </message>
    <message>
        <source>Back to this folder&apos;s SQLite book</source>
        <translation>Повернутися до SQLite-книги цієї теки</translation>
    </message>
    <message>
        <source>Order book</source>
        <translation>Книга заявок</translation>
    </message>
    <message>
        <source>From the keychain (or PGPASSWORD / ~/.pgpass) when empty</source>
        <translation>Зі сховища ключів (або PGPASSWORD / ~/.pgpass), якщо порожньо</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблиця</translation>
    </message>
    <message>
        <source>Rows here</source>
        <translation>Рядків тут</translation>
    </message>
    <message>
        <source>Rows there</source>
        <translation>Рядків там</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Збігається</translation>
    </message>
    <message>
        <source>This desk&apos;s book:</source>
        <translation>Книга цього місця:</translation>
    </message>
    <message>
        <source>PostgreSQL server:</source>
        <translation>Сервер PostgreSQL:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Team mode: several desks share one order book on PostgreSQL. A desk opens the book chosen here from its next start; moving copies every order, history entry and payout attempt into an empty database, all or nothing, and checks every table on both sides.</source>
        <translation>Командний режим: кілька робочих місць працюють з однією книгою заявок у PostgreSQL. Місце відкриває вибрану тут книгу з наступного запуску; перенесення копіює кожну заявку, запис історії та спробу виплати в порожню базу, повністю або ніяк, і перевіряє кожну таблицю з обох боків.</translation>
    </message>
    <message>
        <source>Back to SQLite</source>
        <translation>Повернутися до SQLite</translation>
    </message>
    <message>
        <source>From its next start this desk opens the SQLite book in its folder again. Nothing is copied back from PostgreSQL.</source>
        <translation>З наступного запуску це місце знову відкриє SQLite-книгу у своїй теці. З PostgreSQL нічого не копіюється назад.</translation>
    </message>
    <message>
        <source>From the next start this desk uses the SQLite book in %1.</source>
        <translation>З наступного запуску це місце використовує SQLite-книгу в %1.</translation>
    </message>
    <message>
        <source>PostgreSQL, %1</source>
        <translation>PostgreSQL, %1</translation>
    </message>
    <message>
        <source>SQLite, %1</source>
        <translation>SQLite, %1</translation>
    </message>
    <message>
        <source>From the next start: the SQLite book in this folder.</source>
        <translation>З наступного запуску: SQLite-книга в цій теці.</translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation>З наступного запуску: %1</translation>
    </message>
    <message>
        <source>An order book address looks like postgresql://user@host:5432/database.</source>
        <translation>Адреса книги заявок має такий вигляд: postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Підключення до %1…</translation>
    </message>
    <message>
        <source>Use this book</source>
        <translation>Використовувати цю книгу</translation>
    </message>
    <message>
        <source>From its next start this desk opens the order book at %1 instead of the one it uses now. Nothing is copied.</source>
        <translation>З наступного запуску це місце відкриє книгу заявок %1 замість поточної. Нічого не копіюється.</translation>
    </message>
    <message>
        <source>From the next start this desk uses the order book at %1. Restart PayoutDesk to open it.</source>
        <translation>З наступного запуску це місце використовує книгу заявок %1. Перезапустіть PayoutDesk, щоб відкрити її.</translation>
    </message>
    <message>
        <source>Move the order book</source>
        <translation>Перенесення книги заявок</translation>
    </message>
    <message>
        <source>Every order, history entry, payout attempt and setting of this desk&apos;s book is copied into the empty database at %1, all or nothing, and then checked table by table. From its next start this desk uses that book; its SQLite file stays as it is. Pay nothing on this desk until it has restarted.</source>
        <translation>Кожна заявка, запис історії, спроба виплати й налаштування книги цього місця копіюється в порожню базу %1, повністю або ніяк, а потім перевіряється таблиця за таблицею. З наступного запуску це місце використовує ту книгу; його файл SQLite залишається як є. Нічого не виплачуйте з цього місця до перезапуску.</translation>
    </message>
    <message>
        <source>Moving the order book…</source>
        <translation>Перенесення книги заявок…</translation>
    </message>
    <message>
        <source>Moving %1: %2 of %3 rows</source>
        <translation>Перенесення %1: %2 з %3 рядків</translation>
    </message>
    <message>
        <source>Moved: every table matches. From the next start this desk uses the order book at %1; restart PayoutDesk now.</source>
        <translation>Перенесено: усі таблиці збігаються. З наступного запуску це місце використовує книгу заявок %1; перезапустіть PayoutDesk зараз.</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Не перенесено: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>НІ</translation>
    </message>
</context>
<context>
    <name>pd::OrderBookService</name>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>Не вдається підключитися до %1.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: PostgreSQL %1, an order book with %n order(s).</source>
        <translation>
            <numerusform>Підключено: PostgreSQL %1, книга заявок з %n заявкою.</numerusform>
            <numerusform>Підключено: PostgreSQL %1, книга заявок з %n заявками.</numerusform>
            <numerusform>Підключено: PostgreSQL %1, книга заявок з %n заявками.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1, an empty database (a move can go there).</source>
        <translation>Підключено: PostgreSQL %1, порожня база (можна перенести туди).</translation>
    </message>
    <message>
        <source>This desk&apos;s book is on PostgreSQL already.</source>
        <translation>Книга цього робочого місця вже на PostgreSQL.</translation>
    </message>
    <message>
        <source>The move did not finish.</source>
        <translation>Перенесення не завершилося.</translation>
    </message>
</context>
<context>
    <name>pd::OrderCreator</name>
    <message>
        <source>The exchange site&apos;s API address is not set (Settings, &quot;%1&quot;).</source>
        <translation>API-адресу сайту обмінника не задано (Налаштування, «%1»).</translation>
    </message>
    <message>
        <source>No API token for the exchange site in the keychain: %1</source>
        <translation>У сховищі ключів немає API-токена сайту обмінника: %1</translation>
    </message>
    <message>
        <source>Created through the desk on the exchange site (route %1).</source>
        <translation>Створена через робоче місце на сайті обмінника (напрямок %1).</translation>
    </message>
    <message>
        <source>The exchange site created order %1 (UID %2), but the desk could not store it: %3</source>
        <translation>Сайт обмінника створив заявку %1 (UID %2), але робоче місце не змогло її зберегти: %3</translation>
    </message>
    <message>
        <source>Order UID %1 created on the exchange site.</source>
        <translation>Заявку UID %1 створено на сайті обмінника.</translation>
    </message>
    <message>
        <source>Order UID %1 was created, but its IPN secret could not be kept in the keychain (its IPNs cannot be signed): %2</source>
        <translation>Заявку UID %1 створено, але її IPN-секрет не вдалося зберегти у сховищі ключів (її IPN не можна підписати): %2</translation>
    </message>
    <message>
        <source>The exchange site answered with order %1 (UID %2), which the desk refuses: %3</source>
        <translation>Сайт обмінника відповів заявкою %1 (UID %2), яку робоче місце відхиляє: %3</translation>
    </message>
</context>
<context>
    <name>pd::OrderDialog</name>
    <message>
        <source>The order %1 is no longer in the book.</source>
        <translation>Заявки %1 більше немає в книзі.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заявка %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>UID:</source>
        <translation>UID:</translation>
    </message>
    <message>
        <source>Order id:</source>
        <translation>Id заявки:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Client pays:</source>
        <translation>Клієнт платить:</translation>
    </message>
    <message>
        <source>Payout:</source>
        <translation>Виплата:</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Напрямок:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Партнер:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Створена:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Змінена:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <source>No recipient details.</source>
        <translation>Реквізитів отримувача немає.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>IPNs sent by the desk</source>
        <translation>IPN, надіслані робочим місцем</translation>
    </message>
    <message>
        <source>Copy order id</source>
        <translation>Копіювати id заявки</translation>
    </message>
    <message>
        <source>Copy UID</source>
        <translation>Копіювати UID</translation>
    </message>
    <message>
        <source>Accept the new recipient</source>
        <translation>Прийняти нового отримувача</translation>
    </message>
    <message>
        <source>Keep the pinned recipient</source>
        <translation>Залишити закріпленого отримувача</translation>
    </message>
    <message>
        <source>Why is the recipient the site sent the right one? (kept in the order&apos;s history)</source>
        <translation>Чому отримувач від сайту правильний? (зберігається в історії заявки)</translation>
    </message>
    <message>
        <source>Why is the new recipient refused? (kept in the order&apos;s history)</source>
        <translation>Чому нового отримувача відхилено? (зберігається в історії заявки)</translation>
    </message>
    <message>
        <source>Another recipient sent by the exchange site</source>
        <translation>Інший отримувач від сайту обмінника</translation>
    </message>
    <message>
        <source>An IPN named another recipient on %1. The checksum does not cover the recipient, so it is not taken on its word: the order is paid to neither until a staff member accepts it or keeps the pinned one above.</source>
        <translation>IPN вказав іншого отримувача %1. Контрольна сума не покриває отримувача, тому йому не вірять на слово: заявку не виплачують жодному, доки співробітник не прийме його або не залишить закріпленого вище.</translation>
    </message>
    <message>
        <source>Accept the new recipient…</source>
        <translation>Прийняти нового отримувача…</translation>
    </message>
    <message>
        <source>Keep the pinned recipient…</source>
        <translation>Залишити закріпленого отримувача…</translation>
    </message>
    <message>
        <source>The exchange site says &quot;%1&quot;, which cannot follow &quot;%2&quot;: not applied. Check the order with the exchange.</source>
        <translation>Сайт обмінника повідомляє «%1», але це не може йти після «%2»: не застосовано. Звірте заявку з обмінником.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <source>Reading the order…</source>
        <translation>Заявка читається…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Відкласти…</translation>
    </message>
    <message>
        <source>Release hold…</source>
        <translation>Зняти з утримання…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Відхилити…</translation>
    </message>
    <message>
        <source>Retry…</source>
        <translation>Повторити…</translation>
    </message>
    <message>
        <source>Mark paid manually…</source>
        <translation>Позначити виплаченою вручну…</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копіювати: %1</translation>
    </message>
</context>
<context>
    <name>pd::OrderImporter</name>
    <message>
        <source>Order %1 (UID %2) appears twice in the file.</source>
        <translation>Заявка %1 (UID %2) трапляється у файлі двічі.</translation>
    </message>
    <message>
        <source>Order %1 (UID %2) is already in the book.</source>
        <translation>Заявка %1 (UID %2) вже є в книзі.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>Import refused: %1 problem(s), the first at line %2.</source>
        <translation>Завантаження відхилено: проблем — %1, перша в рядку %2.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Завантажена з %1</translation>
    </message>
</context>
<context>
    <name>pd::OrderLines</name>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <source>Copy the whole recipient</source>
        <translation>Скопіювати отримувача повністю</translation>
    </message>
</context>
<context>
    <name>pd::OrderRecord</name>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Невідоме поле «%1».</translation>
    </message>
    <message>
        <source>The UID &quot;%1&quot; is not a number.</source>
        <translation>UID «%1» — не число.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Невідомий статус «%1».</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>toValues must be a JSON array of {key, name, value}.</source>
        <translation>toValues має бути JSON-масивом із {key, name, value}.</translation>
    </message>
    <message>
        <source>createdAt &quot;%1&quot; is neither ISO 8601 with a zone nor unix milliseconds.</source>
        <translation>createdAt «%1» — ні ISO 8601 з поясом, ні мілісекунди unix.</translation>
    </message>
    <message>
        <source>updatedAt &quot;%1&quot; is neither ISO 8601 with a zone nor unix milliseconds.</source>
        <translation>updatedAt «%1» — ні ISO 8601 з поясом, ні мілісекунди unix.</translation>
    </message>
</context>
<context>
    <name>pd::OrderStream</name>
    <message>
        <source>The order is not UTF-8 text.</source>
        <translation>Заявка — не текст в UTF-8.</translation>
    </message>
    <message>
        <source>Not a JSON order object: %1.</source>
        <translation>Не JSON-об’єкт заявки: %1.</translation>
    </message>
    <message>
        <source>Each element must be an order object.</source>
        <translation>Кожен елемент має бути об’єктом заявки.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 довше за %2 символів.</translation>
    </message>
    <message>
        <source>The JSON array is not closed.</source>
        <translation>JSON-масив не закрито.</translation>
    </message>
    <message>
        <source>An element of the JSON array is empty.</source>
        <translation>Елемент JSON-масиву порожній.</translation>
    </message>
    <message>
        <source>An order is longer than %1 bytes.</source>
        <translation>Заявка довша за %1 байт.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <source>The line is not UTF-8 text.</source>
        <translation>Рядок — не текст в UTF-8.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>Полів: %1, а в заголовку %2.</translation>
    </message>
</context>
<context>
    <name>pd::OrderTableModel</name>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створена</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Client pays</source>
        <translation>Клієнт платить</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Виплата</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Змінена</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Id заявки</translation>
    </message>
</context>
<context>
    <name>pd::OrdersPage</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n заявка</numerusform>
            <numerusform>%n заявки</numerusform>
            <numerusform>%n заявок</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the order book: %1</source>
        <translation>Не вдається прочитати книгу заявок: %1</translation>
    </message>
    <message>
        <source>Search by UID, order id or recipient (Ctrl+F)</source>
        <translation>Пошук за UID, id заявки або отримувачем (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Усі валюти</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За весь час</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Дати…</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>Створені не раніше</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>Створені не пізніше</translation>
    </message>
    <message>
        <source>No orders in the book yet. They arrive from the exchange site (IPN), or with File → New order (Ctrl+N) or File → Import orders.</source>
        <translation>У книзі ще немає заявок. Вони надходять із сайту обмінника (IPN) або через Файл → Нова заявка (Ctrl+N) і Файл → Завантажити заявки.</translation>
    </message>
    <message>
        <source>No order matches these filters. Clear filters (Ctrl+Shift+L) to see every order.</source>
        <translation>Жодна заявка не відповідає цим фільтрам. Скиньте фільтри (Ctrl+Shift+L), щоб побачити всі заявки.</translation>
    </message>
    <message>
        <source>Several…</source>
        <translation>Кілька…</translation>
    </message>
    <message>
        <source>Tick several statuses to see their orders together</source>
        <translation>Позначте кілька статусів, щоб бачити їхні заявки разом</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n статус</numerusform>
            <numerusform>%n статуси</numerusform>
            <numerusform>%n статусів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::PaymentLinks</name>
    <message>
        <source>The order has no secret: it was not created through the exchange site&apos;s merchant API.</source>
        <translation>Заявка не має секрету: її створено не через мерчант-API сайту обмінника.</translation>
    </message>
    <message>
        <source>Set the exchange site&apos;s address under Settings to get the client&apos;s links.</source>
        <translation>Задайте адресу сайту обмінника в налаштуваннях, щоб отримати посилання для клієнта.</translation>
    </message>
</context>
<context>
    <name>pd::PayoutCommand</name>
    <message>
        <source>No order &quot;%1&quot;.</source>
        <translation>Заявки «%1» немає.</translation>
    </message>
    <message>
        <source>Order %1 (UID %2): %3</source>
        <translation>Заявка %1 (UID %2): %3</translation>
    </message>
    <message>
        <source>Asked the providers about %1 open payout(s).</source>
        <translation>Провайдерів опитано про відкриті виплати: %1.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Не вдається слухати %1: %2</translation>
    </message>
    <message>
        <source>This desk now polls the open payouts of %1.</source>
        <translation>Тепер це робоче місце опитує відкриті виплати %1.</translation>
    </message>
    <message>
        <source>No provider pays out %1: choose one with --provider, or as the currency&apos;s default (setting payout.default.%1).</source>
        <translation>Жоден провайдер не виплачує %1: виберіть його через --provider або як провайдера валюти за замовчуванням (налаштування payout.default.%1).</translation>
    </message>
    <message>
        <source>%1 payout(s): %2 paid, %3 pending at the provider, %4 already paid by another desk, %5 awaiting a second approval, %6 not paid.</source>
        <translation>Виплат: %1; виплачено %2, чекають у провайдера %3, вже виплачено іншим робочим місцем %4, чекають другого схвалення %5, не виплачено %6.</translation>
    </message>
    <message>
        <source>Listening on %1:%2 (%3) for provider webhooks (POST /webhook/&lt;provider&gt;) and the exchange&apos;s IPNs (POST /ipn); polling open payouts. Ctrl+C stops.</source>
        <translation>Слухаю %1:%2 (%3): вебхуки провайдерів (POST /webhook/&lt;provider&gt;) і IPN обмінника (POST /ipn); опитую відкриті виплати. Ctrl+C — стоп.</translation>
    </message>
    <message>
        <source>A %1 may not change payouts.</source>
        <translation>%1 не може змінювати виплати.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>відмовлено</translation>
    </message>
</context>
<context>
    <name>pd::PayoutEngine</name>
    <message>
        <source>%1 is not configured: %2 missing.</source>
        <translation>%1 не налаштовано: немає %2.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 вимкнено.</translation>
    </message>
    <message>
        <source>Cancelled before it started: nothing was sent.</source>
        <translation>Скасовано до початку: нічого не надіслано.</translation>
    </message>
    <message>
        <source>The order is &quot;%1&quot;, not waiting for a payout.</source>
        <translation>Заявка в статусі «%1» і не чекає виплати.</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>Такої заявки немає.</translation>
    </message>
    <message>
        <source>The payout currency %1 is not known.</source>
        <translation>Валюта виплати %1 невідома.</translation>
    </message>
    <message>
        <source>%1 does not pay out %2.</source>
        <translation>%1 не виплачує %2.</translation>
    </message>
    <message>
        <source>Recipient refused, nothing was sent: %1</source>
        <translation>Отримувача відхилено, нічого не надіслано: %1</translation>
    </message>
    <message>
        <source>The balance could not be checked, nothing was sent: %1</source>
        <translation>Баланс не вдалося перевірити, нічого не надіслано: %1</translation>
    </message>
    <message>
        <source>Too little balance at %1: %2 %3 available, %4 needed. Nothing was sent.</source>
        <translation>Замало коштів у %1: доступно %2 %3, потрібно %4. Нічого не надіслано.</translation>
    </message>
    <message>
        <source>Paid: transaction %1.</source>
        <translation>Виплачено: транзакція %1.</translation>
    </message>
    <message>
        <source>Accepted, waiting for the provider: transaction %1.</source>
        <translation>Прийнято, чекаємо на провайдера: транзакція %1.</translation>
    </message>
    <message>
        <source>No clear answer (%1): the payout will be looked up by its reference %2, never sent again on its own.</source>
        <translation>Немає чіткої відповіді (%1): виплату шукатимуть за її референсом %2 і ніколи не надішлють знову самі собою.</translation>
    </message>
    <message>
        <source>Refused by the provider: %1</source>
        <translation>Відхилено провайдером: %1</translation>
    </message>
    <message>
        <source>The provider confirms the payout (%1).</source>
        <translation>Провайдер підтверджує виплату (%1).</translation>
    </message>
    <message>
        <source>The provider says the payout failed (%1).</source>
        <translation>Провайдер повідомляє, що виплата не вдалася (%1).</translation>
    </message>
    <message>
        <source>The provider wants a person to look at this payout: %1</source>
        <translation>Провайдер просить, щоб на цю виплату подивилася людина: %1</translation>
    </message>
    <message>
        <source>The provider has the payout and is processing it.</source>
        <translation>Виплата в провайдера, він її обробляє.</translation>
    </message>
    <message>
        <source>Sent again with the same reference %1, as the provider allows: paid, transaction %2.</source>
        <translation>Надіслано повторно з тим самим референсом %1, як дозволяє провайдер: виплачено, транзакція %2.</translation>
    </message>
    <message>
        <source>Sent again with the same reference %1, as the provider allows: accepted, transaction %2.</source>
        <translation>Надіслано повторно з тим самим референсом %1, як дозволяє провайдер: прийнято, транзакція %2.</translation>
    </message>
    <message>
        <source>Sent again with the same reference %1, as the provider allows: %2. It stays unknown.</source>
        <translation>Надіслано повторно з тим самим референсом %1, як дозволяє провайдер: %2. Результат досі невідомий.</translation>
    </message>
</context>
<context>
    <name>pd::PayoutLimits</name>
    <message>
        <source>A count limit is a whole number, 0 or more.</source>
        <translation>Ліміт кількості — ціле число від 0.</translation>
    </message>
    <message>
        <source>An amount limit is a decimal amount, 0 or more.</source>
        <translation>Ліміт суми — десяткова сума від 0.</translation>
    </message>
    <message>
        <source>The payout limits cannot be read: %1</source>
        <translation>Не вдається прочитати ліміти виплат: %1</translation>
    </message>
    <message>
        <source>The payouts so far cannot be read: %1</source>
        <translation>Не вдається прочитати вже зроблені виплати: %1</translation>
    </message>
    <message>
        <source>Below the minimum payout of %1 %2 through %3.</source>
        <translation>Менше за мінімальну виплату %1 %2 через %3.</translation>
    </message>
    <message>
        <source>Above the maximum payout of %1 %2 through %3: a person pays it another way or raises the limit.</source>
        <translation>Більше за максимальну виплату %1 %2 через %3: людина виплачує її інакше або підвищує ліміт.</translation>
    </message>
    <message>
        <source>Over today&apos;s limit of %1 %2 through %3 (%4 already sent today, UTC).</source>
        <translation>Понад денний ліміт %1 %2 через %3 (сьогодні вже надіслано %4, UTC).</translation>
    </message>
    <message>
        <source>Over this month&apos;s limit of %1 %2 through %3 (%4 already sent this month, UTC).</source>
        <translation>Понад місячний ліміт %1 %2 через %3 (цього місяця вже надіслано %4, UTC).</translation>
    </message>
    <message>
        <source>Over today&apos;s limit of %1 payouts in %2 through %3.</source>
        <translation>Понад денний ліміт у %1 виплат у %2 через %3.</translation>
    </message>
    <message>
        <source>Over this month&apos;s limit of %1 payouts in %2 through %3.</source>
        <translation>Понад місячний ліміт у %1 виплат у %2 через %3.</translation>
    </message>
    <message>
        <source>A second approval is needed per currency, whichever provider pays.</source>
        <translation>Друге схвалення задається для валюти, хоч би який провайдер платив.</translation>
    </message>
    <message>
        <source>This limit is set per provider.</source>
        <translation>Цей ліміт задається для провайдера.</translation>
    </message>
</context>
<context>
    <name>pd::PayoutPoller</name>
    <message>
        <source>Still unresolved after %1 checks with the provider: needs a person.</source>
        <translation>Не вирішено після %1 перевірок у провайдера: потрібна людина.</translation>
    </message>
</context>
<context>
    <name>pd::PayoutQueueModel</name>
    <message>
        <source>awaiting the provider</source>
        <translation>чекає на провайдера</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>надсилається</translation>
    </message>
    <message>
        <source>outcome unknown: checking with the provider</source>
        <translation>результат невідомий: перевіряється в провайдера</translation>
    </message>
    <message>
        <source>needs attention: the provider does not know it</source>
        <translation>потребує уваги: провайдер її не знає</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не вдалася</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>виплачена</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n год</numerusform>
            <numerusform>%n год</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>завантаження…</translation>
    </message>
    <message>
        <source>Not covered by the reserve: %1 %2 left at %3 after the payouts above it in the queue. Approve will refuse it.</source>
        <translation>Резерв не покриває: у %3 лишається %1 %2 після виплат вище в черзі. Схвалення її не надішле.</translation>
    </message>
    <message>
        <source>%1 (pinned) · %2 (sent later by the site)</source>
        <translation>%1 (закріплений) · %2 (надісланий сайтом пізніше)</translation>
    </message>
    <message>
        <source>The exchange site sent another recipient for this order. It is paid to neither until a staff member accepts the new one or keeps the pinned one, in the order&apos;s window.</source>
        <translation>Сайт обмінника надіслав для цієї заявки іншого отримувача. Виплати немає жодному, доки співробітник не прийме нового або не залишить закріпленого — у вікні заявки.</translation>
    </message>
    <message numerus="yes">
        <source>This recipient is on %n different orders: take a look before paying.</source>
        <translation>
            <numerusform>Цей отримувач є в %n різній заявці: перегляньте перед виплатою.</numerusform>
            <numerusform>Цей отримувач є в %n різних заявках: перегляньте перед виплатою.</numerusform>
            <numerusform>Цей отримувач є в %n різних заявках: перегляньте перед виплатою.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to choose another provider for this payout.</source>
        <translation>Двічі клацніть, щоб вибрати іншого провайдера для цієї виплати.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>№%1 %2</translation>
    </message>
    <message>
        <source>Attempt %1 through %2, %3: %4</source>
        <translation>Спроба %1 через %2, %3: %4</translation>
    </message>
    <message>
        <source>approved by %1, awaiting a second approval</source>
        <translation>схвалив(ла) %1, чекає другого схвалення</translation>
    </message>
    <message>
        <source>You approved this payout: another staff member must approve it too before it is sent.</source>
        <translation>Ви схвалили цю виплату: до надсилання її має схвалити ще один співробітник.</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Остання спроба</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Схвалення</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>No provider pays %1: set one up in the Providers tab.</source>
        <translation>Жоден провайдер не виплачує %1: налаштуйте його на вкладці «Провайдери».</translation>
    </message>
</context>
<context>
    <name>pd::PayoutQueuePage</name>
    <message>
        <source>Approve…</source>
        <translation>Схвалити…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>no provider pays %1</source>
        <translation>ніхто не виплачує %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Схвалити</translation>
    </message>
    <message>
        <source>Select orders that wait for a payout (payout queued) first.</source>
        <translation>Спершу виберіть заявки, що чекають виплати (у черзі на виплату).</translation>
    </message>
    <message>
        <source>Sending payouts…</source>
        <translation>Надсилання виплат…</translation>
    </message>
    <message>
        <source>Cancel the rest</source>
        <translation>Скасувати решту</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Виплати</translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s) awaiting a second approval by another staff member.</source>
        <translation>
            <numerusform>%n виплата чекає другого схвалення іншим співробітником.</numerusform>
            <numerusform>%n виплати чекають другого схвалення іншим співробітником.</numerusform>
            <numerusform>%n виплат чекають другого схвалення іншим співробітником.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Схвалити…</translation>
    </message>
    <message>
        <source>Pay the selected orders (%1)</source>
        <translation>Виплатити вибрані заявки (%1)</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>В&amp;ідкласти…</translation>
    </message>
    <message>
        <source>Re&amp;lease hold…</source>
        <translation>Зн&amp;яти з утримання…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>Відх&amp;илити…</translation>
    </message>
    <message>
        <source>Re&amp;try…</source>
        <translation>Повто&amp;рити…</translation>
    </message>
    <message>
        <source>&amp;Mark paid manually…</source>
        <translation>Позначити в&amp;иплаченою вручну…</translation>
    </message>
    <message>
        <source>Search UID, order id or recipient</source>
        <translation>Пошук за UID, id заявки або отримувачем</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation>
            <numerusform>Показано %n заявку</numerusform>
            <numerusform>Показано %n заявки</numerusform>
            <numerusform>Показано %n заявок</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue cannot be read: %1</source>
        <translation>Черга не читається: %1</translation>
    </message>
    <message>
        <source>Whole queue</source>
        <translation>Уся черга</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Потребує уваги</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Чекає схвалення</translation>
    </message>
    <message>
        <source>Payout failed</source>
        <translation>Виплата не вдалася</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Відкладені</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Усі валюти</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Усі провайдери</translation>
    </message>
    <message>
        <source>Select orders to act on them; double-click or Enter opens one.</source>
        <translation>Виберіть заявки, щоб діяти; подвійне клацання або Enter відкриває заявку.</translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n order(s) · %1</source>
        <translation>
            <numerusform>Вибрано %n заявку · %1</numerusform>
            <numerusform>Вибрано %n заявки · %1</numerusform>
            <numerusform>Вибрано %n заявок · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>on hold: release it first</source>
        <translation>відкладена: спершу зніміть утримання</translation>
    </message>
    <message>
        <source>its last payout failed: retry it first</source>
        <translation>остання виплата не вдалася: спершу повторіть</translation>
    </message>
    <message>
        <source>no longer waiting for its payout</source>
        <translation>вже не чекає виплати</translation>
    </message>
    <message>
        <source>a payout of it is already on its way or its outcome is not known yet</source>
        <translation>її виплата вже в дорозі або її результат ще невідомий</translation>
    </message>
    <message>
        <source>the site sent another recipient: decide in the order&apos;s window first</source>
        <translation>сайт надіслав іншого отримувача: спершу вирішіть у вікні заявки</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None of the selected orders can be sent now:</source>
        <translation>Жодну з вибраних заявок зараз не можна надіслати:</translation>
    </message>
    <message>
        <source>%1 of %2 paid.</source>
        <translation>Виплачено %1 з %2.</translation>
    </message>
    <message>
        <source>Select orders on hold first.</source>
        <translation>Спершу виберіть відкладені заявки.</translation>
    </message>
    <message>
        <source>Select orders whose payout failed first.</source>
        <translation>Спершу виберіть заявки з невдалою виплатою.</translation>
    </message>
    <message>
        <source>Select orders in the payout queue first.</source>
        <translation>Спершу виберіть заявки в черзі виплат.</translation>
    </message>
</context>
<context>
    <name>pd::Provider</name>
    <message>
        <source>The statement runs past %1 pages: stopped rather than read it in part.</source>
        <translation>Виписка довша за %1 сторінок: читання зупинено, щоб не взяти її частково.</translation>
    </message>
</context>
<context>
    <name>pd::ProviderConfigForm</name>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-секрет</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-адреса</translation>
    </message>
    <message>
        <source>Enabled: payouts may be sent through this provider</source>
        <translation>Увімкнено: виплати можна надсилати через цього провайдера</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Перевірити з&apos;єднання</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 Payout&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Виплати %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Supported currencies: %1</source>
        <translation>Підтримувані валюти: %1</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Замінити</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Type the new secret</source>
        <translation>Введіть новий секрет</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>Debug log?</source>
        <translation>Журнал налагодження?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Public IP and webhook URL</source>
        <translation>Публічна IP-адреса та URL вебхука</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>URL вебхука:</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Публічна адреса:</translation>
    </message>
    <message>
        <source>not configured (Settings → Listener)</source>
        <translation>не налаштовано (Налаштування → Приймач)</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain</source>
        <translation>Секрет зберігається у сховищі ключів</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <source>Type the secret first.</source>
        <translation>Спершу введіть секрет.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Збереження у сховищі ключів…</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Збережено у сховищі ключів.</translation>
    </message>
    <message>
        <source>Remove secret</source>
        <translation>Видалити секрет</translation>
    </message>
    <message>
        <source>Remove %1 of %2 from the keychain? Payouts through %2 stop until a new one is saved.</source>
        <translation>Видалити %1 провайдера %2 зі сховища ключів? Виплати через %2 припиняться, доки не буде збережено новий.</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>Видалено зі сховища ключів.</translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>Вимкнено.</translation>
    </message>
    <message>
        <source>Not configured yet: %1.</source>
        <translation>Ще не налаштовано: %1.</translation>
    </message>
    <message>
        <source>Enabled.</source>
        <translation>Увімкнено.</translation>
    </message>
    <message>
        <source>Stays disabled: %1</source>
        <translation>Залишається вимкненим: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Підключення…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Помилка: %1</translation>
    </message>
    <message>
        <source>Connected. Balance: %1</source>
        <translation>Підключено. Баланс: %1</translation>
    </message>
    <message>
        <source>Webhook key</source>
        <translation>Ключ вебхука</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Секрет вебхука</translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation>ID мерчанта</translation>
    </message>
    <message>
        <source>Payout API key</source>
        <translation>API-ключ виплат</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (необов&apos;язково):</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>The provider&apos;s settings cannot be read: %1</source>
        <translation>Налаштування провайдера не читаються: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
</context>
<context>
    <name>pd::ProviderProblem</name>
    <message>
        <source>The balance at %1 does not cover this payout. Top it up, then approve again.</source>
        <translation>Балансу в %1 не вистачає на цю виплату. Поповніть його, потім схваліть знову.</translation>
    </message>
    <message>
        <source>%1 refuses the recipient&apos;s address. Check it with the client before paying again.</source>
        <translation>%1 відхиляє адресу отримувача. Звірте її з клієнтом, перш ніж платити знову.</translation>
    </message>
    <message>
        <source>The amount is below %1&apos;s minimum for this currency and network.</source>
        <translation>Сума нижча за мінімум %1 для цієї валюти й мережі.</translation>
    </message>
    <message>
        <source>The amount is above %1&apos;s limit for this account (per payout, per day or per month).</source>
        <translation>Сума перевищує ліміт %1 для цього акаунта (на виплату, на день або на місяць).</translation>
    </message>
    <message>
        <source>%1 is limiting how often the desk may call it; nothing was sent. Try again in %2 s.</source>
        <translation>%1 обмежує частоту запитів робочого місця; нічого не надіслано. Спробуйте ще раз через %2 с.</translation>
    </message>
    <message>
        <source>%1 is limiting how often the desk may call it; nothing was sent. Try again in a minute.</source>
        <translation>%1 обмежує частоту запитів робочого місця; нічого не надіслано. Спробуйте ще раз за хвилину.</translation>
    </message>
    <message>
        <source>%1 refuses the desk&apos;s signature: check the API key and secret in Settings → Providers.</source>
        <translation>%1 відхиляє підпис робочого місця: перевірте API-ключ і секрет у розділі Налаштування → Провайдери.</translation>
    </message>
    <message>
        <source>%1 refuses the request&apos;s nonce (another program may be using the same API key).</source>
        <translation>%1 відхиляє nonce запиту (можливо, той самий API-ключ використовує інша програма).</translation>
    </message>
    <message>
        <source>%1 refuses the request&apos;s time: check this computer&apos;s clock.</source>
        <translation>%1 відхиляє час запиту: перевірте годинник цього комп&apos;ютера.</translation>
    </message>
    <message>
        <source>%1 requires a verification first (KYC, two-factor authentication, a whitelisted address or withdrawal permission for the API key). Finish it in the provider&apos;s account.</source>
        <translation>%1 спершу вимагає перевірки (KYC, двофакторна автентифікація, адреса в білому списку або дозвіл на виведення для API-ключа). Завершіть її в акаунті провайдера.</translation>
    </message>
    <message>
        <source>%1 does not pay out this currency or network now.</source>
        <translation>%1 зараз не виплачує в цій валюті або мережі.</translation>
    </message>
    <message>
        <source>%1 (%2 says: %3)</source>
        <translation>%1 (відповідь %2: %3)</translation>
    </message>
</context>
<context>
    <name>pd::ProviderSettings</name>
    <message>
        <source>%1 is a secret: it is kept in the keychain, never in the order book.</source>
        <translation>%1 — секрет: він зберігається у сховищі ключів, а не в книзі заявок.</translation>
    </message>
    <message>
        <source>%1 has no setting &quot;%2&quot;.</source>
        <translation>%1 не має налаштування «%2».</translation>
    </message>
    <message>
        <source>%1 set to &quot;%2&quot;</source>
        <translation>%1 = «%2»</translation>
    </message>
    <message>
        <source>%1 stored in the keychain</source>
        <translation>%1 збережено у сховищі ключів</translation>
    </message>
    <message>
        <source>%1 removed from the keychain</source>
        <translation>%1 видалено зі сховища ключів</translation>
    </message>
</context>
<context>
    <name>pd::ProvidersCommand</name>
    <message>
        <source>enabled</source>
        <translation>увімкнено</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <source>currencies: %1</source>
        <translation>валюти: %1</translation>
    </message>
    <message>
        <source>(secret stored in the keychain)</source>
        <translation>(секрет у сховищі ключів)</translation>
    </message>
    <message>
        <source>(secret not set)</source>
        <translation>(секрет не задано)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>бракує: %1</translation>
    </message>
    <message>
        <source>No provider &quot;%1&quot;. Try: payoutdesk-cli providers list</source>
        <translation>Провайдера «%1» немає. Спробуйте: payoutdesk-cli providers list</translation>
    </message>
    <message>
        <source>%1 is a secret: give it on standard input, not as an argument.</source>
        <translation>%1 — секрет: передайте його через стандартний ввід, а не аргументом.</translation>
    </message>
    <message>
        <source>No secret was given on standard input; nothing changed.</source>
        <translation>Секрет на стандартному вводі не передано; нічого не змінилося.</translation>
    </message>
    <message>
        <source>%1 of %2 is stored in the keychain.</source>
        <translation>%1 провайдера %2 збережено у сховищі ключів.</translation>
    </message>
    <message>
        <source>Give one value: payoutdesk-cli providers set %1 %2 VALUE</source>
        <translation>Вкажіть одне значення: payoutdesk-cli providers set %1 %2 VALUE</translation>
    </message>
    <message>
        <source>%1 of %2 is set.</source>
        <translation>%1 провайдера %2 задано.</translation>
    </message>
    <message>
        <source>%1 has no secret &quot;%2&quot;.</source>
        <translation>%1 не має секрету «%2».</translation>
    </message>
    <message>
        <source>%1 of %2 is removed from the keychain.</source>
        <translation>%1 провайдера %2 видалено зі сховища ключів.</translation>
    </message>
    <message>
        <source>Not configured: %1</source>
        <translation>Не налаштовано: %1</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>Перевірка з&apos;єднання не вдалася: %1</translation>
    </message>
    <message>
        <source>Connected. Balances:</source>
        <translation>Підключено. Баланси:</translation>
    </message>
</context>
<context>
    <name>pd::ProvidersPage</name>
    <message>
        <source>balance unknown: %1</source>
        <translation>баланс невідомий: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n currencies</source>
        <translation>
            <numerusform>%1
%2 · %n валюта</numerusform>
            <numerusform>%1
%2 · %n валюти</numerusform>
            <numerusform>%1
%2 · %n валют</numerusform>
        </translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>увімкнено</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <source>Only an admin changes providers and their secrets.</source>
        <translation>Провайдерів і їхні секрети змінює лише адміністратор.</translation>
    </message>
    <message>
        <source>The providers&apos; settings cannot be read: %1</source>
        <translation>Налаштування провайдерів не читаються: %1</translation>
    </message>
</context>
<context>
    <name>pd::QueueActionDialog</name>
    <message>
        <source>Hold payouts</source>
        <translation>Відкласти виплати</translation>
    </message>
    <message>
        <source>Release held orders</source>
        <translation>Зняти утримання із заявок</translation>
    </message>
    <message>
        <source>Reject payouts</source>
        <translation>Відхилити виплати</translation>
    </message>
    <message>
        <source>Retry failed payouts</source>
        <translation>Повторити невдалі виплати</translation>
    </message>
    <message>
        <source>Mark paid manually</source>
        <translation>Позначити виплаченими вручну</translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) will not be paid until a staff member releases them.</source>
        <translation>
            <numerusform>Цю %n заявку не буде виплачено, доки співробітник не зніме утримання.</numerusform>
            <numerusform>Ці %n заявки не буде виплачено, доки співробітник не зніме утримання.</numerusform>
            <numerusform>Ці %n заявок не буде виплачено, доки співробітник не зніме утримання.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why are they held?</source>
        <translation>Чому їх відкладено?</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Відкласти</translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) go back to where they were held from; one waiting for its payout can be approved again.</source>
        <translation>
            <numerusform>Ця %n заявка повернеться туди, звідки її відклали; ту, що чекає виплати, можна знову схвалити.</numerusform>
            <numerusform>Ці %n заявки повернуться туди, звідки їх відклали; ті, що чекають виплати, можна знову схвалити.</numerusform>
            <numerusform>Ці %n заявок повернуться туди, звідки їх відклали; ті, що чекають виплати, можна знову схвалити.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Коментар (необов’язково):</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Зняти утримання</translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) will not be paid out and are marked returned: the sender is to be refunded. This cannot be undone.</source>
        <translation>
            <numerusform>Цю %n заявку не буде виплачено, її позначено як повернення: відправнику треба повернути кошти. Це не можна скасувати.</numerusform>
            <numerusform>Ці %n заявки не буде виплачено, їх позначено як повернення: відправникам треба повернути кошти. Це не можна скасувати.</numerusform>
            <numerusform>Ці %n заявок не буде виплачено, їх позначено як повернення: відправникам треба повернути кошти. Це не можна скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why are they rejected?</source>
        <translation>Чому їх відхилено?</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Відхилити</translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) go back to the payout queue for a new attempt.</source>
        <translation>
            <numerusform>Ця %n заявка повертається до черги виплат для нової спроби.</numerusform>
            <numerusform>Ці %n заявки повертаються до черги виплат для нової спроби.</numerusform>
            <numerusform>Ці %n заявок повертаються до черги виплат для нової спроби.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторити</translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) were paid outside the desk and are marked paid out. This cannot be undone.</source>
        <translation>
            <numerusform>Цю %n заявку виплачено поза PayoutDesk, її позначено виплаченою. Це не можна скасувати.</numerusform>
            <numerusform>Ці %n заявки виплачено поза PayoutDesk, їх позначено виплаченими. Це не можна скасувати.</numerusform>
            <numerusform>Ці %n заявок виплачено поза PayoutDesk, їх позначено виплаченими. Це не можна скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <source>External reference (transaction id, receipt number):</source>
        <translation>Зовнішній номер (id транзакції, номер квитанції):</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Позначити виплаченими</translation>
    </message>
    <message>
        <source>Type the payout&apos;s external reference to go on.</source>
        <translation>Введіть зовнішній номер виплати, щоб продовжити.</translation>
    </message>
    <message>
        <source>Type a reason to go on: it is kept in each order&apos;s history.</source>
        <translation>Введіть причину, щоб продовжити: вона зберігається в історії кожної заявки.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Виконується…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s) changed.</source>
        <translation>
            <numerusform>Змінено %1 з %n заявки.</numerusform>
            <numerusform>Змінено %1 з %n заявок.</numerusform>
            <numerusform>Змінено %1 з %n заявок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>pd::QueueActions</name>
    <message>
        <source>The external reference of the payout made outside the desk is required. Nothing was changed.</source>
        <translation>Потрібен зовнішній номер виплати, зробленої поза PayoutDesk. Нічого не змінено.</translation>
    </message>
    <message>
        <source>A reason is required. Nothing was changed.</source>
        <translation>Потрібна причина. Нічого не змінено.</translation>
    </message>
    <message>
        <source>No such order in the book.</source>
        <translation>Такої заявки в книзі немає.</translation>
    </message>
    <message>
        <source>Only an order waiting for its payout can be held; this one is &quot;%1&quot;.</source>
        <translation>Відкласти можна лише заявку, що чекає виплати; ця — «%1».</translation>
    </message>
    <message>
        <source>A payout of this order is on its way: it can be held once its outcome is known.</source>
        <translation>Виплата за цією заявкою в дорозі: відкласти її можна, коли стане відомий результат.</translation>
    </message>
    <message>
        <source>Payout held: %1</source>
        <translation>Виплату відкладено: %1</translation>
    </message>
    <message>
        <source>Held.</source>
        <translation>Відкладено.</translation>
    </message>
    <message>
        <source>The order is not on hold; it is &quot;%1&quot;.</source>
        <translation>Заявка не відкладена; вона «%1».</translation>
    </message>
    <message>
        <source>Hold released.</source>
        <translation>Утримання знято.</translation>
    </message>
    <message>
        <source>Hold released: %1</source>
        <translation>Утримання знято: %1</translation>
    </message>
    <message>
        <source>Released: &quot;%1&quot; again.</source>
        <translation>Утримання знято: знову «%1».</translation>
    </message>
    <message>
        <source>Only an order waiting for its payout or on hold can be rejected; this one is &quot;%1&quot;.</source>
        <translation>Відхилити можна лише заявку, що чекає виплати або відкладена; ця — «%1».</translation>
    </message>
    <message>
        <source>A payout of this order is on its way: it cannot be rejected until its outcome is known.</source>
        <translation>Виплата за цією заявкою в дорозі: відхилити її не можна, доки не відомий результат.</translation>
    </message>
    <message>
        <source>Payout rejected: %1</source>
        <translation>Виплату відхилено: %1</translation>
    </message>
    <message>
        <source>Rejected: the order is returned, its sender is to be refunded.</source>
        <translation>Відхилено: заявка — повернення, відправнику треба повернути кошти.</translation>
    </message>
    <message>
        <source>Only an order whose payout failed can be retried; this one is &quot;%1&quot;.</source>
        <translation>Повторити можна лише заявку з невдалою виплатою; ця — «%1».</translation>
    </message>
    <message>
        <source>Back in the payout queue for a new attempt.</source>
        <translation>Знову в черзі виплат для нової спроби.</translation>
    </message>
    <message>
        <source>Back in the queue: it is sent when approved.</source>
        <translation>Знову в черзі: буде надіслана після схвалення.</translation>
    </message>
    <message>
        <source>Paid outside the desk, reference %1</source>
        <translation>Виплачено поза PayoutDesk, номер %1</translation>
    </message>
    <message>
        <source>A payout of this order is being sent or processed by the provider: wait for its outcome. Nothing was changed.</source>
        <translation>Виплата за цією заявкою надсилається або обробляється провайдером: дочекайтеся результату. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The payout changed meanwhile. Nothing was changed.</source>
        <translation>Виплата тим часом змінилася. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Marked paid, reference %1.</source>
        <translation>Позначено виплаченою, номер %1.</translation>
    </message>
    <message>
        <source>Only an order waiting for its payout or on hold can be marked paid; this one is &quot;%1&quot;.</source>
        <translation>Позначити виплаченою можна лише заявку, що чекає виплати або відкладена; ця — «%1».</translation>
    </message>
    <message>
        <source>The order changed meanwhile (a payout claimed, an IPN, another desk): look again. Nothing was changed.</source>
        <translation>Заявка тим часом змінилася (виплату взято в роботу, IPN, інше робоче місце): подивіться ще раз. Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>pd::RecipientReview</name>
    <message>
        <source>Say why in a comment: it stays in the order&apos;s history.</source>
        <translation>Вкажіть причину в коментарі: він залишається в історії заявки.</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>Такої заявки немає.</translation>
    </message>
    <message>
        <source>No other recipient waits for a decision on order %1.</source>
        <translation>За заявкою %1 немає іншого отримувача, що чекає рішення.</translation>
    </message>
    <message>
        <source>The recipient waiting on order %1 changed meanwhile: look at it again.</source>
        <translation>Отримувач, що чекає за заявкою %1, тим часом змінився: подивіться ще раз.</translation>
    </message>
    <message>
        <source>Accepted the recipient the exchange site sent: %1 (was %2). %3</source>
        <translation>Прийнято отримувача від сайту обмінника: %1 (був %2). %3</translation>
    </message>
    <message>
        <source>Kept the pinned recipient %1; refused the one the exchange site sent (%2). %3</source>
        <translation>Залишено закріпленого отримувача %1; отримувача від сайту обмінника (%2) відхилено. %3</translation>
    </message>
</context>
<context>
    <name>pd::ReconcileCommand</name>
    <message>
        <source>No provider is enabled: nothing to reconcile.</source>
        <translation>Жоден провайдер не ввімкнений: звіряти нічого.</translation>
    </message>
    <message>
        <source>Unknown provider %1.</source>
        <translation>Невідомий провайдер %1.</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4 payout(s) in the statement, %5 matched, %6 settled, %7 mismatch(es) open.</source>
        <translation>%1, з %2 по %3: виплат у виписці: %4, збіглося: %5, врегульовано: %6, відкритих розбіжностей: %7.</translation>
    </message>
    <message>
        <source>No mismatch is open.</source>
        <translation>Відкритих розбіжностей немає.</translation>
    </message>
    <message>
        <source>desk:</source>
        <translation>PayoutDesk:</translation>
    </message>
    <message>
        <source>provider:</source>
        <translation>провайдер:</translation>
    </message>
    <message>
        <source>%1 mismatch(es) open: resolve each with &quot;payoutdesk-cli reconcile --resolve ID --comment TEXT&quot;.</source>
        <translation>Відкритих розбіжностей: %1. Закрийте кожну: &quot;payoutdesk-cli reconcile --resolve ID --comment ТЕКСТ&quot;.</translation>
    </message>
    <message>
        <source>Mismatch %1 resolved.</source>
        <translation>Розбіжність %1 закрито.</translation>
    </message>
</context>
<context>
    <name>pd::Reconciler</name>
    <message>
        <source>The period&apos;s start must be a date before its end.</source>
        <translation>Початок періоду має бути раніше за його кінець.</translation>
    </message>
    <message>
        <source>%1 is not configured: %2 missing.</source>
        <translation>%1 не налаштовано: бракує %2.</translation>
    </message>
    <message>
        <source>%1&apos;s statement could not be read: %2</source>
        <translation>Виписку %1 прочитати не вдалося: %2</translation>
    </message>
</context>
<context>
    <name>pd::ReconciliationPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;З</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>п&amp;о</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Провайдер</translation>
    </message>
    <message>
        <source>Every enabled provider</source>
        <translation>Усі ввімкнені провайдери</translation>
    </message>
    <message>
        <source>&amp;Reconcile now</source>
        <translation>З&amp;вірити зараз</translation>
    </message>
    <message>
        <source>Reads each provider&apos;s own books for these days (UTC) and holds them against the desk&apos;s payouts. The desk also does this every day for the day before.</source>
        <translation>Читає власні записи кожного провайдера за ці дні (UTC) і звіряє їх із виплатами PayoutDesk. PayoutDesk робить це й сам щодня за попередній день.</translation>
    </message>
    <message>
        <source>Show resolved &amp;too</source>
        <translation>Показувати й &amp;закриті</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>&amp;Закрити…</translation>
    </message>
    <message>
        <source>Say how this mismatch was settled; the comment goes into the order&apos;s history.</source>
        <translation>Вкажіть, як врегульовано розбіжність; коментар потрапить до історії заявки.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Експорт у CSV…</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Звірки</translation>
    </message>
    <message>
        <source>No mismatch is open.</source>
        <translation>Відкритих розбіжностей немає.</translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es) open: each waits for a person.</source>
        <translation>
            <numerusform>Відкрита %n розбіжність: чекає на людину.</numerusform>
            <numerusform>Відкрито %n розбіжності: кожна чекає на людину.</numerusform>
            <numerusform>Відкрито %n розбіжностей: кожна чекає на людину.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mismatches cannot be read: %1</source>
        <translation>Розбіжності прочитати не вдається: %1</translation>
    </message>
    <message>
        <source>Reading the providers&apos; statements…</source>
        <translation>Читаємо виписки провайдерів…</translation>
    </message>
    <message>
        <source>%1: %2 in the statement, %3 matched, %4 settled, %5 open.</source>
        <translation>%1: у виписці %2, збіглося %3, врегульовано %4, відкрито %5.</translation>
    </message>
    <message>
        <source>Resolve mismatch %1</source>
        <translation>Закрити розбіжність %1</translation>
    </message>
    <message>
        <source>%1 with %2.
In the desk: %3
At the provider: %4

How was it settled? (kept in the order&apos;s history)</source>
        <translation>%1 (%2).
У PayoutDesk: %3
У провайдера: %4

Як врегульовано? (збережеться в історії заявки)</translation>
    </message>
    <message>
        <source>Nothing was changed: a mismatch is resolved with a comment that says how.</source>
        <translation>Нічого не змінено: розбіжність закривають із коментарем про те, як її врегульовано.</translation>
    </message>
    <message>
        <source>Mismatch %1 resolved.</source>
        <translation>Розбіжність %1 закрито.</translation>
    </message>
    <message>
        <source>Mismatch %1 was not resolved: %2</source>
        <translation>Розбіжність %1 не закрито: %2</translation>
    </message>
    <message>
        <source>Export mismatches</source>
        <translation>Експорт розбіжностей</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es) written to %1.</source>
        <translation>
            <numerusform>%n розбіжність записано в %1.</numerusform>
            <numerusform>%n розбіжності записано в %1.</numerusform>
            <numerusform>%n розбіжностей записано в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ReconciliationRunModel</name>
    <message>
        <source>Ran</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Period (UTC)</source>
        <translation>Період (UTC)</translation>
    </message>
    <message>
        <source>In the statement</source>
        <translation>У виписці</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Збіглося</translation>
    </message>
    <message>
        <source>Mismatches open</source>
        <translation>Відкритих розбіжностей</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Врегульовано</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Хто</translation>
    </message>
</context>
<context>
    <name>pd::ReconciliationService</name>
    <message>
        <source>No provider is enabled: nothing to reconcile.</source>
        <translation>Жоден провайдер не ввімкнений: звіряти нічого.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::Reconciliations</name>
    <message>
        <source>Reconciliation of %1 from %2 to %3: %4 mismatch(es) open.</source>
        <translation>Звірка %1 з %2 по %3: відкритих розбіжностей: %4.</translation>
    </message>
    <message>
        <source>Say in a comment how the mismatch was resolved.</source>
        <translation>Вкажіть у коментарі, як врегульовано розбіжність.</translation>
    </message>
    <message>
        <source>No mismatch %1.</source>
        <translation>Розбіжності %1 немає.</translation>
    </message>
    <message>
        <source>Mismatch %1 was resolved already, by %2.</source>
        <translation>Розбіжність %1 вже закрито (%2).</translation>
    </message>
    <message>
        <source>Reconciliation mismatch %1 (%2, %3) resolved: %4</source>
        <translation>Розбіжність звірки %1 (%2, %3) закрито: %4</translation>
    </message>
</context>
<context>
    <name>pd::ReserveBanner</name>
    <message>
        <source>reserve %1 (balance %2)</source>
        <translation>резерв %1 (баланс %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, covers all %n payout(s) (%2)</source>
        <translation>
            <numerusform>%1, покриває всі виплати: %n (%2)</numerusform>
            <numerusform>%1, покриває всі виплати: %n (%2)</numerusform>
            <numerusform>%1, покриває всі виплати: %n (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, covers %2 of %n payout(s) (%3 of %4)</source>
        <translation>
            <numerusform>%1, покриває %2 з %n виплати (%3 з %4)</numerusform>
            <numerusform>%1, покриває %2 з %n виплат (%3 з %4)</numerusform>
            <numerusform>%1, покриває %2 з %n виплат (%3 з %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2:</source>
        <translation>%1 %2:</translation>
    </message>
    <message numerus="yes">
        <source>%1 the provider is disabled, its %n payout(s) cannot be sent</source>
        <translation>
            <numerusform>%1 провайдер вимкнено, виплат, які не можна надіслати: %n</numerusform>
            <numerusform>%1 провайдер вимкнено, виплат, які не можна надіслати: %n</numerusform>
            <numerusform>%1 провайдер вимкнено, виплат, які не можна надіслати: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reading the balance…</source>
        <translation>%1 баланс читається…</translation>
    </message>
    <message>
        <source>%1 the balance cannot be read (%2), so what the reserve covers is not known</source>
        <translation>%1 баланс не читається (%2), тому невідомо, що покриває резерв</translation>
    </message>
    <message>
        <source>%1 the reserve cannot be counted: %2</source>
        <translation>%1 резерв не вдається порахувати: %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Reserve: no payout waits for approval.</source>
        <translation>Резерв: немає виплат, що чекають схвалення.</translation>
    </message>
    <message numerus="yes">
        <source>Reserve covers %1 of %n payout(s)</source>
        <translation>
            <numerusform>Резерв покриває %1 з %n виплати</numerusform>
            <numerusform>Резерв покриває %1 з %n виплат</numerusform>
            <numerusform>Резерв покриває %1 з %n виплат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short</source>
        <translation>
            <numerusform>%n бракує</numerusform>
            <numerusform>%n бракує</numerusform>
            <numerusform>%n бракує</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not known yet</source>
        <translation>
            <numerusform>%n поки невідома</numerusform>
            <numerusform>%n поки невідомі</numerusform>
            <numerusform>%n поки невідомі</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::SandboxCommand</name>
    <message>
        <source>Give the API secret on standard input (one line); it is never printed.</source>
        <translation>Передайте API-секрет через стандартний ввід (один рядок); він ніколи не виводиться.</translation>
    </message>
    <message>
        <source>A balance is CURRENCY=AMOUNT, e.g. USDT=1000.00; not &quot;%1&quot;.</source>
        <translation>Баланс задається як ВАЛЮТА=СУМА, наприклад USDT=1000.00, а не «%1».</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>Не вдається слухати %1:%2.</translation>
    </message>
    <message>
        <source>Sandbox provider listening on %1 (API key %2). Ctrl+C stops it.</source>
        <translation>Провайдер-пісочниця слухає %1 (API-ключ %2). Ctrl+C — зупинити.</translation>
    </message>
    <message>
        <source>Cannot read the ledger at %1: %2</source>
        <translation>Не вдається прочитати журнал виплат %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::SandboxProvider</name>
    <message>
        <source>The balance of %1 is not a decimal amount.</source>
        <translation>Баланс %1 — не десяткова сума.</translation>
    </message>
    <message>
        <source>The transfer&apos;s answer has no ok 1/2 and transaction id.</source>
        <translation>У відповіді на переказ немає ok 1/2 та id транзакції.</translation>
    </message>
    <message>
        <source>The transaction&apos;s answer has no id.</source>
        <translation>У відповіді про транзакцію немає id.</translation>
    </message>
    <message>
        <source>The webhook&apos;s timestamp is missing or more than 5 minutes off.</source>
        <translation>Мітки часу вебхука немає або вона відрізняється більш ніж на 5 хвилин.</translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match.</source>
        <translation>Підпис вебхука не збігається.</translation>
    </message>
    <message>
        <source>The webhook names no transaction.</source>
        <translation>Вебхук не називає транзакцію.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s statement has no payouts.</source>
        <translation>У виписці пісочниці немає payouts.</translation>
    </message>
    <message>
        <source>A payout in the sandbox&apos;s statement has no id or amount.</source>
        <translation>У виписці пісочниці є виплата без id чи суми.</translation>
    </message>
</context>
<context>
    <name>pd::SecretEditor</name>
    <message>
        <source>Type the new secret</source>
        <translation>Введіть новий секрет</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Замінити</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>Запит до сховища ключів…</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain</source>
        <translation>Секрет зберігається у сховищі ключів</translation>
    </message>
    <message>
        <source>Not set: type it and press Save</source>
        <translation>Не задано: введіть його й натисніть «Зберегти»</translation>
    </message>
    <message>
        <source>The keychain cannot be reached</source>
        <translation>Сховище ключів недоступне</translation>
    </message>
    <message>
        <source>Type the secret first.</source>
        <translation>Спершу введіть секрет.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Збереження у сховищі ключів…</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Збережено у сховищі ключів.</translation>
    </message>
    <message>
        <source>Remove secret</source>
        <translation>Видалити секрет</translation>
    </message>
    <message>
        <source>Remove this secret from the keychain?</source>
        <translation>Видалити цей секрет зі сховища ключів?</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>Видалено зі сховища ключів.</translation>
    </message>
</context>
<context>
    <name>pd::SettingsDialog</name>
    <message>
        <source>Listen for provider webhooks and the exchange site&apos;s IPNs</source>
        <translation>Приймати вебхуки провайдерів та IPN сайту обмінника</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>https://desk.example.com (optional)</source>
        <translation>https://desk.example.com (необов&apos;язково)</translation>
    </message>
    <message>
        <source>The IP address providers see, for their allow-lists (optional)</source>
        <translation>IP-адреса, яку бачать провайдери, для їхніх білих списків (необов&apos;язково)</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Приймач</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>Публічний URL:</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Публічна адреса:</translation>
    </message>
    <message>
        <source>The listener starts with the desk: changes to it apply the next time PayoutDesk starts.</source>
        <translation>Приймач запускається разом із робочим місцем: зміни набудуть чинності під час наступного запуску PayoutDesk.</translation>
    </message>
    <message>
        <source>https://www.kryptoswap.io — for the client&apos;s payment links</source>
        <translation>https://www.kryptoswap.io — для посилань клієнта на оплату</translation>
    </message>
    <message>
        <source>the site&apos;s own address, unless its API lives elsewhere</source>
        <translation>адреса самого сайту, якщо його API не розміщено деінде</translation>
    </message>
    <message>
        <source> h</source>
        <translation> год</translation>
    </message>
    <message>
        <source>off</source>
        <translation>вимк.</translation>
    </message>
    <message>
        <source>none (sent once, as the protocol says)</source>
        <translation>немає (надсилається один раз, як вимагає протокол)</translation>
    </message>
    <message>
        <source>Exchange site</source>
        <translation>Сайт обмінника</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Адреса сайту:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API-адреса:</translation>
    </message>
    <message>
        <source>Language of links:</source>
        <translation>Мова посилань:</translation>
    </message>
    <message>
        <source>Accept IPNs sent within:</source>
        <translation>Приймати IPN, надіслані в межах:</translation>
    </message>
    <message>
        <source>Retries of the desk&apos;s IPNs:</source>
        <translation>Повтори IPN робочого місця:</translation>
    </message>
    <message>
        <source>IPN secret:</source>
        <translation>IPN-секрет:</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API-токен:</translation>
    </message>
    <message>
        <source>Remove the IPN secret from the keychain? Every IPN is refused until a new one is saved.</source>
        <translation>Видалити IPN-секрет зі сховища ключів? Усі IPN відхилятимуться, доки не буде збережено новий.</translation>
    </message>
    <message>
        <source>Remove the site&apos;s API token from the keychain? New orders cannot be created until a new one is saved.</source>
        <translation>Видалити API-токен сайту зі сховища ключів? Нові заявки не можна буде створити, доки не буде збережено новий.</translation>
    </message>
    <message>
        <source>Secrets are kept in the keychain and saved at once with their own Save.</source>
        <translation>Секрети зберігаються у сховищі ключів і зберігаються одразу своєю кнопкою «Зберегти».</translation>
    </message>
    <message>
        <source>Default payout provider</source>
        <translation>Провайдер виплат за замовчуванням</translation>
    </message>
    <message>
        <source>The provider the payout queue and payoutdesk-cli choose for each currency.</source>
        <translation>Провайдер, якого черга виплат і payoutdesk-cli обирають для кожної валюти.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>(first that serves it)</source>
        <translation>(перший, хто її обслуговує)</translation>
    </message>
    <message>
        <source>%1 (does not serve %2)</source>
        <translation>%1 (не обслуговує %2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Write the address providers call back on, starting with https:// (or http://), or leave it empty.</source>
        <translation>Вкажіть адресу, на яку провайдери надсилають відповіді, починаючи з https:// (або http://), або залиште порожнім.</translation>
    </message>
    <message>
        <source>Write the site&apos;s address starting with https:// (or http://), or leave it empty.</source>
        <translation>Вкажіть адресу сайту, починаючи з https:// (або http://), або залиште порожнім.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Налаштування не збережено</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Нічого не збережено: %1</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Це робоче місце</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Мова інтерфейсу:</translation>
    </message>
    <message>
        <source>Only an admin changes the order book&apos;s settings.</source>
        <translation>Налаштування книги заявок змінює лише адміністратор.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>The order book&apos;s settings cannot be read: %1</source>
        <translation>Налаштування книги заявок не читаються: %1</translation>
    </message>
    <message>
        <source>Not in the activity log</source>
        <translation>Немає в журналі дій</translation>
    </message>
    <message>
        <source>The change of %1 is done, but the activity log does not have it: %2</source>
        <translation>Зміну %1 зроблено, але до журналу дій вона не потрапила: %2</translation>
    </message>
</context>
<context>
    <name>pd::SettingsService</name>
    <message>
        <source>%1 cleared</source>
        <translation>%1 очищено</translation>
    </message>
    <message>
        <source>%1 set to &quot;%2&quot;</source>
        <translation>%1 = «%2»</translation>
    </message>
    <message>
        <source>%1 stored in the keychain</source>
        <translation>%1 збережено у сховищі ключів</translation>
    </message>
    <message>
        <source>%1 removed from the keychain</source>
        <translation>%1 видалено зі сховища ключів</translation>
    </message>
</context>
<context>
    <name>pd::Staff</name>
    <message>
        <source>Viewer</source>
        <translation>Спостерігач</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Адміністратор</translation>
    </message>
    <message>
        <source>The login %1 is not on this order book&apos;s staff. An admin adds it in Edit → Staff….</source>
        <translation>Логіна %1 немає серед співробітників цієї книги заявок. Адміністратор додає його в «Редагування → Співробітники…».</translation>
    </message>
    <message>
        <source>On one desk the OS user is the admin: staff and roles belong to a team&apos;s order book on PostgreSQL.</source>
        <translation>На одному робочому місці адміністратор — користувач ОС: співробітники й ролі стосуються командної книги заявок на PostgreSQL.</translation>
    </message>
    <message>
        <source>A staff member needs the PostgreSQL login they sign in with.</source>
        <translation>Співробітнику потрібен логін PostgreSQL, під яким він входить.</translation>
    </message>
    <message>
        <source>%1 is not on the staff.</source>
        <translation>%1 немає серед співробітників.</translation>
    </message>
</context>
<context>
    <name>pd::StaffDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>&amp;Remove selected…</source>
        <translation>&amp;Видалити вибраного…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Співробітники</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>PostgreSQL login</source>
        <translation>Логін PostgreSQL</translation>
    </message>
    <message>
        <source>Name shown to the team</source>
        <translation>Ім&apos;я, яке бачить команда</translation>
    </message>
    <message>
        <source>Viewers read and export. Operators also approve payouts within the limits, hold and reject. Admins also manage providers, secrets, limits and staff. Each member signs in with their own PostgreSQL login (an existing one: CREATE ROLE name LOGIN PASSWORD …); the server itself enforces the role.</source>
        <translation>Спостерігачі читають і вивантажують. Оператори також схвалюють виплати в межах лімітів, затримують і відхиляють. Адміністратори також керують провайдерами, секретами, лімітами та співробітниками. Кожен входить під своїм логіном PostgreSQL (наявним: CREATE ROLE name LOGIN PASSWORD …); роль забезпечує сам сервер.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 тепер: %2.</translation>
    </message>
    <message>
        <source>Remove from the staff</source>
        <translation>Видалити зі співробітників</translation>
    </message>
    <message>
        <source>%1 will no longer be able to open this order book. Remove?</source>
        <translation>%1 більше не зможе відкрити цю книгу заявок. Видалити?</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 видалено.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
</context>
<context>
    <name>pd::TlsSupport</name>
    <message>
        <source>Qt&apos;s TLS backend is &quot;%1&quot;, not OpenSSL, so no provider can be reached over HTTPS. Install OpenSSL 3 (Debian&apos;s libssl3) and Qt&apos;s network module (libqt6network6).</source>
        <translation>TLS-бекенд Qt — «%1», а не OpenSSL, тому жоден провайдер не доступний через HTTPS. Встановіть OpenSSL 3 (пакет Debian libssl3) і мережевий модуль Qt (libqt6network6).</translation>
    </message>
    <message>
        <source>Qt&apos;s OpenSSL backend could not load OpenSSL, so no provider can be reached over HTTPS. Install OpenSSL 3 (Debian&apos;s libssl3).</source>
        <translation>Бекенд OpenSSL у Qt не зміг завантажити OpenSSL, тому жоден провайдер не доступний через HTTPS. Встановіть OpenSSL 3 (пакет Debian libssl3).</translation>
    </message>
</context>
<context>
    <name>pd::WebhookRoute</name>
    <message>
        <source>Webhooks are not taken at the moment.</source>
        <translation>Вебхуки зараз не приймаються.</translation>
    </message>
    <message>
        <source>Webhooks are sent with POST.</source>
        <translation>Вебхуки надсилаються методом POST.</translation>
    </message>
    <message>
        <source>No provider &quot;%1&quot; is built in.</source>
        <translation>Вбудованого провайдера «%1» немає.</translation>
    </message>
    <message>
        <source>The body has %1 bytes, more than the %2 a webhook may have.</source>
        <translation>У тілі %1 байт — більше за %2, допустимих для вебхука.</translation>
    </message>
    <message>
        <source>%1 is not configured: %2 missing.</source>
        <translation>%1 не налаштовано: немає %2.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 вимкнено.</translation>
    </message>
    <message>
        <source>The webhook was refused by the adapter.</source>
        <translation>Адаптер відхилив вебхук.</translation>
    </message>
    <message>
        <source>Webhook from %1 for transaction %2, which is not one of ours: ignored.</source>
        <translation>Вебхук від %1 для транзакції %2, яка не наша: пропущено.</translation>
    </message>
    <message>
        <source>Webhook from %1 refused (HTTP %2): %3</source>
        <translation>Вебхук від %1 відхилено (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Transaction %1.</source>
        <translation>Транзакція %1.</translation>
    </message>
    <message>
        <source>The webhook&apos;s nonce %1 is not above the last one taken (%2): a replay.</source>
        <translation>Nonce вебхука %1 не більший за останній прийнятий (%2): це повтор.</translation>
    </message>
    <message>
        <source>The book cannot be written: %1</source>
        <translation>Не вдається записати до книги заявок: %1</translation>
    </message>
</context>
<context>
    <name>pd::WhiteBitProvider</name>
    <message>
        <source>WhiteBIT&apos;s balance of %1 is not a decimal amount.</source>
        <translation>Баланс %1 у WhiteBIT — не десяткова сума.</translation>
    </message>
    <message>
        <source>WhiteBIT answered the withdrawal with HTTP %1, not 201.</source>
        <translation>WhiteBIT відповів на виведення HTTP %1, а не 201.</translation>
    </message>
    <message>
        <source>WhiteBIT&apos;s history has no records.</source>
        <translation>В історії WhiteBIT немає записів.</translation>
    </message>
    <message>
        <source>WhiteBIT status 5: the withdrawal waits for the account owner&apos;s confirmation.</source>
        <translation>Статус WhiteBIT 5: виведення чекає на підтвердження власника акаунта.</translation>
    </message>
    <message>
        <source>WhiteBIT status 18: only part was paid (%1 of %2). Settle the rest by hand.</source>
        <translation>Статус WhiteBIT 18: виплачено лише частину (%1 з %2). Решту виплатіть вручну.</translation>
    </message>
    <message>
        <source>WhiteBIT status 21: frozen by WhiteBIT&apos;s AML review; contact their support.</source>
        <translation>Статус WhiteBIT 21: заморожено AML-перевіркою WhiteBIT; зверніться до їхньої підтримки.</translation>
    </message>
    <message>
        <source>WhiteBIT&apos;s webhook key and secret are not set.</source>
        <translation>Ключ і секрет вебхука WhiteBIT не задано.</translation>
    </message>
    <message>
        <source>The webhook&apos;s X-TXC-APIKEY is not the webhook key.</source>
        <translation>X-TXC-APIKEY вебхука не збігається з ключем вебхука.</translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match.</source>
        <translation>Підпис вебхука не збігається.</translation>
    </message>
    <message>
        <source>The webhook names no uniqueId.</source>
        <translation>Вебхук не називає uniqueId.</translation>
    </message>
    <message>
        <source>The webhook carries no nonce.</source>
        <translation>У вебхуку немає nonce.</translation>
    </message>
    <message>
        <source>WhiteBIT lists only its latest %1 withdrawals, and the period starts before them: reconcile more often, or read the rest in WhiteBIT&apos;s cabinet.</source>
        <translation>WhiteBIT показує лише останні %1 виведень, а період починається раніше: звіряйте частіше або перегляньте решту в кабінеті WhiteBIT.</translation>
    </message>
    <message>
        <source>A withdrawal in WhiteBIT&apos;s history has no amount.</source>
        <translation>В історії WhiteBIT є виведення без суми.</translation>
    </message>
</context>
</TS>
