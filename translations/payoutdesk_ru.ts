<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>BookConnection</name>
    <message>
        <source> (The keychain could not be read: %1)</source>
        <translation> (Не удалось прочитать хранилище ключей: %1)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Поле в кавычках не закрыто.</translation>
    </message>
    <message>
        <source>A field is longer than %1 bytes.</source>
        <translation>Поле длиннее %1 байт.</translation>
    </message>
</context>
<context>
    <name>CurrencyRegistry</name>
    <message>
        <source>missing field “%1”</source>
        <translation>нет поля «%1»</translation>
    </message>
    <message>
        <source>field “%1” must be a string</source>
        <translation>поле «%1» должно быть строкой</translation>
    </message>
    <message>
        <source>field “%1” is empty</source>
        <translation>поле «%1» пустое</translation>
    </message>
    <message>
        <source>The currency registry is not valid JSON: %1 (at byte %2).</source>
        <translation>Реестр валют — не корректный JSON: %1 (байт %2).</translation>
    </message>
    <message>
        <source>The currency registry must be a JSON object.</source>
        <translation>Реестр валют должен быть объектом JSON.</translation>
    </message>
    <message>
        <source>“sources” must be an array of strings.</source>
        <translation>«sources» должен быть массивом строк.</translation>
    </message>
    <message>
        <source>sources[%1] must be a non-empty string.</source>
        <translation>sources[%1] должен быть непустой строкой.</translation>
    </message>
    <message>
        <source>The currency registry needs a “currencies” array.</source>
        <translation>Реестру валют нужен массив «currencies».</translation>
    </message>
    <message>
        <source>currencies[%1]</source>
        <translation>currencies[%1]</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 должен быть объектом.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: XML code “%2” may only hold Latin letters, digits and &apos;_&apos;.</source>
        <translation>%1: XML-код «%2» может содержать только латинские буквы, цифры и &apos;_&apos;.</translation>
    </message>
    <message>
        <source>%1: unknown kind “%2” (expected crypto, card, emoney, bank or cash).</source>
        <translation>%1: неизвестный вид «%2» (ожидается crypto, card, emoney, bank или cash).</translation>
    </message>
    <message>
        <source>%1: a crypto currency needs a network.</source>
        <translation>%1: криптовалюте нужна сеть.</translation>
    </message>
    <message>
        <source>%1: only crypto currencies have a network.</source>
        <translation>%1: сеть бывает только у криптовалют.</translation>
    </message>
    <message>
        <source>%1: missing field “precision”.</source>
        <translation>%1: нет поля «precision».</translation>
    </message>
    <message>
        <source>%1: precision must be a whole number from 0 to %2.</source>
        <translation>%1: точность должна быть целым числом от 0 до %2.</translation>
    </message>
    <message>
        <source>%1: XML code duplicates currencies[%2].</source>
        <translation>%1: XML-код повторяет currencies[%2].</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The order book is locked by another desk; try again in a moment (%1).</source>
        <translation>Книга заявок заблокирована другим рабочим местом; повторите через минуту (%1).</translation>
    </message>
    <message>
        <source>Cannot open the order book %1: %2</source>
        <translation>Не удаётся открыть книгу заявок %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the order book %1: %2</source>
        <translation>Не удаётся подготовить книгу заявок %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the order book %1: %2</source>
        <translation>Не удаётся подключиться к книге заявок %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message>
        <source>The demo&apos;s sandbox server could not start.</source>
        <translation>Сервер песочницы для демо не запустился.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Выгружена %n строка в %1.</numerusform>
            <numerusform>Выгружено %n строки в %1.</numerusform>
            <numerusform>Выгружено %n строк в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This order book has schema version %1, written by a newer PayoutDesk (this one knows up to %2). Update PayoutDesk.</source>
        <translation>У этой книги заявок схема версии %1, записанная более новым PayoutDesk (этот знает версии до %2). Обновите PayoutDesk.</translation>
    </message>
    <message>
        <source>Migration to version %1 failed: %2</source>
        <translation>Переход на версию %1 не удался: %2</translation>
    </message>
    <message>
        <source>This order book needs upgrading to schema version %1, which the login %2 may not do. Its owner opens it with this PayoutDesk first.</source>
        <translation>Эту книгу заявок нужно обновить до версии схемы %1, а логину %2 это не разрешено. Сначала её владелец открывает её этой версией PayoutDesk.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is empty.</source>
        <translation>Сумма пустая.</translation>
    </message>
    <message>
        <source>The amount is longer than %1 characters.</source>
        <translation>Сумма длиннее %1 символов.</translation>
    </message>
    <message>
        <source>The amount has more than one decimal point.</source>
        <translation>В сумме больше одной десятичной точки.</translation>
    </message>
    <message>
        <source>Unexpected character %1 at position %2 of the amount; only digits, one &apos;.&apos; and a leading sign are allowed.</source>
        <translation>Неожиданный символ %1 в позиции %2 суммы; допустимы только цифры, одна &apos;.&apos; и знак в начале.</translation>
    </message>
    <message>
        <source>The amount has no digits.</source>
        <translation>В сумме нет цифр.</translation>
    </message>
    <message>
        <source>A decimal point needs at least one digit on each side.</source>
        <translation>У десятичной точки должна быть хотя бы одна цифра с каждой стороны.</translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
    <message numerus="yes">
        <source>%n order(s) imported</source>
        <translation>
            <numerusform>Загружена %n заявка</numerusform>
            <numerusform>Загружено %n заявки</numerusform>
            <numerusform>Загружено %n заявок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Ожидает оплаты</translation>
    </message>
    <message>
        <source>Payment error</source>
        <translation>Ошибка оплаты</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Payout queued</source>
        <translation>В очереди на выплату</translation>
    </message>
    <message>
        <source>Payout error</source>
        <translation>Ошибка выплаты</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Отложена</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Выплачена</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>Order %1 (UID %2) could not be stored: %3</source>
        <translation>Заявку %1 (UID %2) не удалось сохранить: %3</translation>
    </message>
    <message>
        <source>An order cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Заявка не может перейти из «%1» в «%2».</translation>
    </message>
    <message>
        <source>The order is no longer &quot;%1&quot;: someone changed it meanwhile.</source>
        <translation>Заявка уже не «%1»: её тем временем кто-то изменил.</translation>
    </message>
</context>
<context>
    <name>ProviderHub</name>
    <message>
        <source>No provider &quot;%1&quot; is built in.</source>
        <translation>Встроенного провайдера «%1» нет.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; of %2 is not set.</source>
        <translation>Секрет «%1» провайдера %2 не задан.</translation>
    </message>
</context>
<context>
    <name>RecipientField</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 — обязательное поле.</translation>
    </message>
    <message>
        <source>%1 is not in the expected form.</source>
        <translation>%1 не в ожидаемом формате.</translation>
    </message>
</context>
<context>
    <name>RecipientValidator</name>
    <message>
        <source>The recipient is empty.</source>
        <translation>Получатель не указан.</translation>
    </message>
    <message>
        <source>The address contains characters that cannot appear in it.</source>
        <translation>В адресе есть недопустимые символы.</translation>
    </message>
    <message>
        <source>The address has the wrong length: a character is missing or extra.</source>
        <translation>У адреса неверная длина: символ пропущен или лишний.</translation>
    </message>
    <message>
        <source>The address checksum does not match: a character is mistyped.</source>
        <translation>Контрольная сумма адреса не совпадает: символ набран с ошибкой.</translation>
    </message>
    <message>
        <source>The address belongs to another network or coin.</source>
        <translation>Адрес принадлежит другой сети или монете.</translation>
    </message>
    <message>
        <source>The address mixes upper-case and lower-case letters; it must be all one case.</source>
        <translation>В адресе смешаны заглавные и строчные буквы; регистр должен быть один.</translation>
    </message>
    <message>
        <source>The address must start with 0x followed by 40 hexadecimal digits.</source>
        <translation>Адрес должен начинаться с 0x и содержать 40 шестнадцатеричных цифр.</translation>
    </message>
    <message>
        <source>The address is malformed; ask the client to copy it again.</source>
        <translation>Адрес искажён; попросите клиента скопировать его ещё раз.</translation>
    </message>
    <message>
        <source>The card number may contain only digits, spaces and dashes.</source>
        <translation>Номер карты может содержать только цифры, пробелы и дефисы.</translation>
    </message>
    <message>
        <source>The card number must have 12 to 19 digits.</source>
        <translation>В номере карты должно быть от 12 до 19 цифр.</translation>
    </message>
    <message>
        <source>The card number fails its check digit (Luhn).</source>
        <translation>Номер карты не проходит проверку контрольной цифры (Луна).</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot create the workspace folder %1.</source>
        <translation>Не удаётся создать рабочую папку %1.</translation>
    </message>
    <message>
        <source>An order book address looks like postgresql://user@host:5432/database.</source>
        <translation>Адрес книги заявок выглядит так: postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PayoutDesk: the exchange&apos;s back-office desk.</source>
        <translation>PayoutDesk: бэк-офис обменного сервиса.</translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation>Рабочая папка.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Open the demo workspace with sample orders.</source>
        <translation>Открыть демо-папку с примерами заявок.</translation>
    </message>
    <message>
        <source>PayoutDesk</source>
        <translation>PayoutDesk</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened:
%2</source>
        <translation>Рабочую папку %1 не удаётся открыть:
%2</translation>
    </message>
    <message>
        <source>The demo&apos;s sandbox provider stays disabled: %1</source>
        <translation>Провайдер-песочница для демо остаётся выключенным: %1</translation>
    </message>
    <message>
        <source>The listener for webhooks could not start: %1</source>
        <translation>Приёмник вебхуков не запустился: %1</translation>
    </message>
    <message>
        <source>Team mode: the order book on this PostgreSQL server, postgresql://user@host:port/database (password from the keychain).</source>
        <translation>Командный режим: книга заявок на этом сервере PostgreSQL, postgresql://user@host:port/database (пароль — из хранилища ключей).</translation>
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
        <translation>Рабочая папка (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Use the demo workspace, filled with sample orders.</source>
        <translation>Использовать демо-папку с примерами заявок.</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Попробуйте --help.</translation>
    </message>
    <message>
        <source>%1 must be a string such as &quot;317.42&quot;, so that it stays exact.</source>
        <translation>%1 должен быть строкой вроде &quot;317.42&quot;, чтобы остаться точным.</translation>
    </message>
    <message>
        <source>%1 has an unexpected type.</source>
        <translation>У %1 неожиданный тип.</translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>Для %1 секрет не сохранён.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Start the desktop&apos;s keyring (Secret Service) and try again; PayoutDesk never stores secrets anywhere else.</source>
        <translation>Хранилище ключей недоступно (%1). Запустите связку ключей рабочего стола (Secret Service) и повторите; PayoutDesk никогда не хранит секреты где-либо ещё.</translation>
    </message>
    <message>
        <source>No keychain is available: the desktop session&apos;s D-Bus cannot be reached (%1). Start the desktop&apos;s keyring (Secret Service) and try again; PayoutDesk never stores secrets anywhere else.</source>
        <translation>Хранилище ключей недоступно: D-Bus сеанса рабочего стола не отвечает (%1). Запустите связку ключей рабочего стола (Secret Service) и повторите; PayoutDesk никогда не хранит секреты где-либо ещё.</translation>
    </message>
    <message>
        <source>The keychain refused to %1 the secret: %2</source>
        <translation>Хранилище ключей отказалось выполнить «%1» для секрета: %2</translation>
    </message>
    <message>
        <source>Team mode: keep the workspace&apos;s order book on this PostgreSQL server from now on, postgresql://user@host:port/database (the password is read from the OS keychain).</source>
        <translation>Командный режим: отныне хранить книгу заявок рабочей папки на этом сервере PostgreSQL, postgresql://user@host:port/database (пароль читается из хранилища ключей ОС).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Create the workspace if the folder holds none yet.</source>
        <translation>Создать рабочую папку, если в этой папке её ещё нет.</translation>
    </message>
</context>
<context>
    <name>pd::AboutDialog</name>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>About PayoutDesk</source>
        <translation>О PayoutDesk</translation>
    </message>
    <message>
        <source>The back office of a currency-exchange service: the order book, and payouts approved by staff and sent exactly once.</source>
        <translation>Бэк-офис обменного сервиса: книга заявок и выплаты, которые одобряют сотрудники и которые отправляются ровно один раз.</translation>
    </message>
    <message>
        <source>&amp;Copy for a support ticket</source>
        <translation>&amp;Копировать для обращения в поддержку</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Рабочая папка</translation>
    </message>
</context>
<context>
    <name>pd::ActivityKind</name>
    <message>
        <source>IPN refused</source>
        <translation>IPN отклонён</translation>
    </message>
    <message>
        <source>IPN not stored</source>
        <translation>IPN не сохранён</translation>
    </message>
    <message>
        <source>Provider webhook refused</source>
        <translation>Вебхук провайдера отклонён</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Заявка создана</translation>
    </message>
    <message>
        <source>Orders imported</source>
        <translation>Заявки загружены</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Загрузка отклонена</translation>
    </message>
    <message>
        <source>Payout failed</source>
        <translation>Выплата не прошла</translation>
    </message>
    <message>
        <source>Payout outcome unknown</source>
        <translation>Исход выплаты неизвестен</translation>
    </message>
    <message>
        <source>Payout needs a person</source>
        <translation>Выплата требует решения человека</translation>
    </message>
    <message>
        <source>Payout sent again (same reference)</source>
        <translation>Выплата отправлена повторно (тот же референс)</translation>
    </message>
    <message>
        <source>New recipient accepted</source>
        <translation>Новый получатель принят</translation>
    </message>
    <message>
        <source>Pinned recipient kept</source>
        <translation>Закреплённый получатель оставлен</translation>
    </message>
    <message>
        <source>Provider settings changed</source>
        <translation>Настройки провайдера изменены</translation>
    </message>
    <message>
        <source>Provider secret changed</source>
        <translation>Секрет провайдера изменён</translation>
    </message>
    <message>
        <source>Desk settings changed</source>
        <translation>Настройки программы изменены</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Настройки изменены</translation>
    </message>
    <message>
        <source>Payout limits changed</source>
        <translation>Лимиты выплат изменены</translation>
    </message>
    <message>
        <source>Staff changed</source>
        <translation>Список сотрудников изменён</translation>
    </message>
    <message>
        <source>Blocked recipients changed</source>
        <translation>Список заблокированных получателей изменён</translation>
    </message>
    <message>
        <source>Reconciliation found mismatches</source>
        <translation>Сверка нашла расхождения</translation>
    </message>
    <message>
        <source>Reconciliation mismatch resolved</source>
        <translation>Расхождение сверки закрыто</translation>
    </message>
    <message>
        <source>Payout held</source>
        <translation>Выплата придержана</translation>
    </message>
    <message>
        <source>Hold released</source>
        <translation>Задержка снята</translation>
    </message>
    <message>
        <source>Payout rejected</source>
        <translation>Выплата отклонена</translation>
    </message>
    <message>
        <source>Payout back in the queue</source>
        <translation>Выплата снова в очереди</translation>
    </message>
    <message>
        <source>Marked paid outside the desk</source>
        <translation>Отмечено как выплаченное вне PayoutDesk</translation>
    </message>
</context>
<context>
    <name>pd::ActivityModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О чём</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>pd::ActivityPage</name>
    <message>
        <source>The activity log cannot be read: %1</source>
        <translation>Журнал действий не читается: %1</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Что</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>&amp;Кто</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
</context>
<context>
    <name>pd::ApiClient</name>
    <message>
        <source>The provider did not answer within %1 s.</source>
        <translation>Провайдер не ответил за %1 с.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Ошибка сети: %1</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1.</source>
        <translation>Провайдер ответил HTTP %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not valid JSON: %1</source>
        <translation>Ответ провайдера — не корректный JSON: %1</translation>
    </message>
</context>
<context>
    <name>pd::ApproveDialog</name>
    <message numerus="yes">
        <source>Approve %n payout(s)</source>
        <translation>
            <numerusform>Одобрить %n выплату</numerusform>
            <numerusform>Одобрить %n выплаты</numerusform>
            <numerusform>Одобрить %n выплат</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>проверяется…</translation>
    </message>
    <message>
        <source>These payouts will be sent now. Check every recipient and amount.</source>
        <translation>Эти выплаты будут отправлены сейчас. Проверьте каждого получателя и сумму.</translation>
    </message>
    <message>
        <source>Totals and balances:</source>
        <translation>Итоги и балансы:</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>неизвестно: %1</translation>
    </message>
    <message>
        <source>%1 — the rest will not be sent</source>
        <translation>%1 — остальные не будут отправлены</translation>
    </message>
    <message numerus="yes">
        <source>Not sent (%n selected order(s) skipped):</source>
        <translation>
            <numerusform>Не отправляется (пропущена %n выбранная заявка):</numerusform>
            <numerusform>Не отправляется (пропущено %n выбранные заявки):</numerusform>
            <numerusform>Не отправляется (пропущено %n выбранных заявок):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n payout(s) in %1 s</source>
        <translation>
            <numerusform>Отправить %n выплату через %1 с</numerusform>
            <numerusform>Отправить %n выплаты через %1 с</numerusform>
            <numerusform>Отправить %n выплат через %1 с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n payout(s)</source>
        <translation>
            <numerusform>Отправить %n выплату</numerusform>
            <numerusform>Отправить %n выплаты</numerusform>
            <numerusform>Отправить %n выплат</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::AttemptStore</name>
    <message>
        <source>The order is no longer waiting for a payout: it was paid, changed or taken by someone else meanwhile.</source>
        <translation>Заявка больше не ждёт выплаты: её тем временем выплатили, изменили или взял кто-то другой.</translation>
    </message>
    <message>
        <source>Payout approved: attempt %1 through %2, reference %3</source>
        <translation>Выплата одобрена: попытка %1 через %2, референс %3</translation>
    </message>
    <message>
        <source>The attempt is no longer prepared.</source>
        <translation>Попытка уже не в состоянии «подготовлена».</translation>
    </message>
    <message>
        <source>Provider transaction %1</source>
        <translation>Транзакция провайдера %1</translation>
    </message>
    <message>
        <source>(the order was no longer waiting for its payout)</source>
        <translation>(заявка уже не ждала выплаты)</translation>
    </message>
    <message>
        <source>The reserve at %1 does not cover this payout: %2 %3 left after the payouts already claimed (balance %4), %5 needed. Nothing was sent.</source>
        <translation>Резерв у %1 не покрывает эту выплату: после уже захваченных выплат остаётся %2 %3 (баланс %4), нужно %5. Ничего не отправлено.</translation>
    </message>
    <message>
        <source>Above %1 %2 a payout needs two staff members&apos; approval: it waits for people.</source>
        <translation>Выплата выше %1 %2 требует одобрения двух сотрудников: она ждёт людей.</translation>
    </message>
    <message>
        <source>You approved this payout already. Above %1 %2 another staff member must approve it too; nothing was sent.</source>
        <translation>Вы уже одобрили эту выплату. Выше %1 %2 её должен одобрить и другой сотрудник; ничего не отправлено.</translation>
    </message>
    <message>
        <source>First approval of the payout of %1 %2 (above %3 %2): awaiting a second approval by another staff member</source>
        <translation>Первое одобрение выплаты %1 %2 (выше %3 %2): ждёт второго одобрения другим сотрудником</translation>
    </message>
    <message>
        <source>Approved by you; above %1 %2 it is sent once another staff member approves it too.</source>
        <translation>Одобрено вами; выше %1 %2 выплата уходит, когда её одобрит и другой сотрудник.</translation>
    </message>
    <message>
        <source> (second approval; first by %1)</source>
        <translation> (второе одобрение; первое — %1)</translation>
    </message>
    <message>
        <source>The exchange site sent another recipient for this order: it is paid to neither until a staff member accepts or refuses the new one. Nothing was sent.</source>
        <translation>Сайт обменника прислал другого получателя для этой заявки: она не выплачивается ни одному, пока сотрудник не примет или не отклонит нового. Ничего не отправлено.</translation>
    </message>
    <message>
        <source>The outcome of this order&apos;s last payout is not known yet: it waits for its check with the provider, and is never sent again on its own. Nothing was sent.</source>
        <translation>Исход последней выплаты по этой заявке ещё неизвестен: она ждёт проверки у провайдера и никогда не отправляется повторно сама. Ничего не отправлено.</translation>
    </message>
    <message>
        <source>A payout of this order is already on its way (another click, window or desk claimed it). Nothing was sent.</source>
        <translation>Выплата по этой заявке уже в пути (её взял другой клик, окно или рабочее место). Ничего не отправлено.</translation>
    </message>
    <message>
        <source>The order is &quot;%1&quot; now, no longer waiting for a payout. Nothing was sent.</source>
        <translation>Заявка теперь «%1» и больше не ждёт выплаты. Ничего не отправлено.</translation>
    </message>
</context>
<context>
    <name>pd::AutoPayer</name>
    <message>
        <source>Waits for a person: %1</source>
        <translation>Ждёт человека: %1</translation>
    </message>
    <message>
        <source>%1 is above the automatic payout limit of %2 %3 through %4.</source>
        <translation>%1 — больше лимита автоматических выплат %2 %3 через %4.</translation>
    </message>
</context>
<context>
    <name>pd::BinanceProvider</name>
    <message>
        <source>Binance&apos;s coin list is not a list.</source>
        <translation>Список монет Binance не является списком.</translation>
    </message>
    <message>
        <source>Binance&apos;s balance of %1 is not a decimal amount.</source>
        <translation>Баланс %1 в Binance — не десятичная сумма.</translation>
    </message>
    <message>
        <source>Binance pays out crypto only, not %1.</source>
        <translation>Binance выплачивает только криптовалюту, а не %1.</translation>
    </message>
    <message>
        <source>Binance&apos;s answer to the withdrawal %1 has no id.</source>
        <translation>В ответе Binance на вывод %1 нет id.</translation>
    </message>
    <message>
        <source>Binance&apos;s withdrawal history is not a list.</source>
        <translation>История выводов Binance не является списком.</translation>
    </message>
    <message>
        <source>Binance&apos;s withdrawal %1 has no status.</source>
        <translation>У вывода %1 в Binance нет статуса.</translation>
    </message>
    <message>
        <source>Binance gives no reason (status %1).</source>
        <translation>Binance не указывает причину (статус %1).</translation>
    </message>
    <message>
        <source>Binance reports status %1, which its documentation does not describe.</source>
        <translation>Binance сообщает статус %1, которого нет в его документации.</translation>
    </message>
    <message>
        <source>Binance holds %1 withdrawals with the reference %2; check them in the Binance account.</source>
        <translation>В Binance несколько выводов (%1) с референсом %2; проверьте их в аккаунте Binance.</translation>
    </message>
    <message>
        <source>Binance sends no webhooks for withdrawals: its payouts are followed by asking its withdrawal history.</source>
        <translation>Binance не присылает вебхуки о выводах: его выплаты отслеживаются запросами к истории выводов.</translation>
    </message>
    <message>
        <source>A withdrawal in Binance&apos;s history has no id, amount or status.</source>
        <translation>В истории выводов Binance есть вывод без id, суммы или статуса.</translation>
    </message>
</context>
<context>
    <name>pd::Blocklist</name>
    <message>
        <source>An empty value cannot be blocked.</source>
        <translation>Пустое значение нельзя заблокировать.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Line %1: no address or card number.</source>
        <translation>Строка %1: нет адреса или номера карты.</translation>
    </message>
    <message>
        <source>The blocklist cannot be read: %1</source>
        <translation>Не удаётся прочитать чёрный список: %1</translation>
    </message>
    <message>
        <source>The recipient %1 is on the blocklist (%2): nothing is sent.</source>
        <translation>Получатель %1 в чёрном списке (%2): ничего не отправлено.</translation>
    </message>
</context>
<context>
    <name>pd::BlocklistDialog</name>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Unblock selected</source>
        <translation>&amp;Разблокировать выбранного</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>Blocked recipients</source>
        <translation>Заблокированные получатели</translation>
    </message>
    <message>
        <source>Address or card</source>
        <translation>Адрес или карта</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Кто добавил</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>An address or a card number</source>
        <translation>Адрес или номер карты</translation>
    </message>
    <message>
        <source>Why (sanctions list, chargebacks, fraud report…)</source>
        <translation>Почему (санкционный список, чарджбэки, сообщение о мошенничестве…)</translation>
    </message>
    <message>
        <source>No payout is ever sent to these, by a click, automatically or from another desk. A CSV file has the columns value,reason; a file with a bad row adds nothing.</source>
        <translation>Им никогда не отправляется выплата — ни кликом, ни автоматически, ни с другого рабочего места. В файле CSV колонки value,reason; файл с ошибочной строкой ничего не добавляет.</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>Заблокировано.</translation>
    </message>
    <message>
        <source>Unblocked.</source>
        <translation>Разблокировано.</translation>
    </message>
    <message>
        <source>Import blocked recipients</source>
        <translation>Импорт заблокированных получателей</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) blocked from the file.</source>
        <translation>
            <numerusform>Из файла заблокирован %n получатель.</numerusform>
            <numerusform>Из файла заблокировано %n получателя.</numerusform>
            <numerusform>Из файла заблокировано %n получателей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The blocked recipients cannot be read: %1</source>
        <translation>Заблокированные получатели не читаются: %1</translation>
    </message>
</context>
<context>
    <name>pd::BookCommand</name>
    <message>
        <source>This workspace&apos;s book is already on PostgreSQL (%1).</source>
        <translation>Книга этой рабочей папки уже в PostgreSQL (%1).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation>%1: %2 из %3 строк</translation>
    </message>
    <message>
        <source>match</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>РАЗЛИЧАЕТСЯ</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>Не удалось сохранить пароль в хранилище ключей: %1</translation>
    </message>
    <message>
        <source>Moved. This workspace now uses the order book at %1; its SQLite file is kept as it was.</source>
        <translation>Перенесено. Теперь эта рабочая папка использует книгу заявок %1; её файл SQLite сохранён без изменений.</translation>
    </message>
</context>
<context>
    <name>pd::BookMigration</name>
    <message>
        <source>The target database already holds an order book (its %1 table is not empty). A move goes into an empty database only.</source>
        <translation>В целевой базе уже есть книга заявок (таблица %1 не пуста). Перенос возможен только в пустую базу.</translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>Не удаётся прочитать таблицу %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>Не удаётся скопировать %1: %2</translation>
    </message>
    <message>
        <source>The copy of %1 does not match (%2 rows here, %3 there): nothing was moved.</source>
        <translation>Копия %1 не совпадает (%2 строк здесь, %3 там): ничего не перенесено.</translation>
    </message>
</context>
<context>
    <name>pd::BuildInfo</name>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Коммит</translation>
    </message>
    <message>
        <source>Build type</source>
        <translation>Тип сборки</translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation>Компилятор</translation>
    </message>
    <message>
        <source>Qt (built against)</source>
        <translation>Qt (при сборке)</translation>
    </message>
    <message>
        <source>Qt (running)</source>
        <translation>Qt (запущенный)</translation>
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
        <translation>TLS-бэкенд</translation>
    </message>
</context>
<context>
    <name>pd::CheckedWork</name>
    <message>
        <source>The order book refused the change.</source>
        <translation>Книга заявок отказала в изменении.</translation>
    </message>
</context>
<context>
    <name>pd::Cli</name>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>NAME, KEY and VALUE as the subcommand needs.</source>
        <translation>NAME, KEY и VALUE — как требует подкоманда.</translation>
    </message>
    <message>
        <source>Payout providers: list, set NAME KEY [VALUE], unset NAME KEY, test NAME.
A secret (a key of kind 2 in the provider&apos;s required_config) is read from standard input
and stored in the OS keychain; it is never shown, logged or written anywhere else.</source>
        <translation>Провайдеры выплат: list, set NAME KEY [VALUE], unset NAME KEY, test NAME.
Секрет (ключ вида 2 в required_config провайдера) читается со стандартного ввода
и хранится в хранилище ключей ОС; он нигде не показывается, не пишется в журнал и не сохраняется.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;providers %1&quot;.</source>
        <translation>Неверное число аргументов для «providers %1».</translation>
    </message>
    <message>
        <source>Every order waiting for its payout.</source>
        <translation>Все заявки, ждущие выплаты.</translation>
    </message>
    <message>
        <source>Pay through this provider (default: the currency&apos;s default, else the first that serves it).</source>
        <translation>Платить через этого провайдера (по умолчанию: провайдер валюты, иначе первый, кто её обслуживает).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>хост:порт</translation>
    </message>
    <message>
        <source>Order ids or UIDs.</source>
        <translation>Id заявок или их UID.</translation>
    </message>
    <message>
        <source>Payouts: approve ORDER... | --all [--provider P], status ORDER, poll.
Every payout is sent at most once: a payout left half-sent by a stopped desk is looked up
with its provider first, never sent again. approve exits 1 if any payout was not paid or accepted.</source>
        <translation>Выплаты: approve ORDER... | --all [--provider P], status ORDER, poll.
Каждая выплата отправляется не более одного раза: выплату, недоотправленную остановленным рабочим местом,
сначала ищут у провайдера и никогда не отправляют снова. approve завершается с кодом 1, если какая-то выплата не выплачена и не принята.</translation>
    </message>
    <message>
        <source>&quot;payout approve&quot; needs order ids or --all.</source>
        <translation>«payout approve» нужны id заявок или --all.</translation>
    </message>
    <message>
        <source>&quot;payout status&quot; needs one order.</source>
        <translation>«payout status» нужна одна заявка.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Адрес для приёма (по умолчанию 127.0.0.1).</translation>
    </message>
    <message>
        <source>host</source>
        <translation>хост</translation>
    </message>
    <message>
        <source>Port to listen on (default 8899; 0 for any free one).</source>
        <translation>Порт для приёма (по умолчанию 8899; 0 — любой свободный).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <source>The API key clients must send (default &quot;sandbox&quot;).</source>
        <translation>API-ключ, который должны присылать клиенты (по умолчанию «sandbox»).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>ключ</translation>
    </message>
    <message>
        <source>A starting balance, e.g. USDT=1000.00 (may be repeated).</source>
        <translation>Начальный баланс, например USDT=1000.00 (можно повторять).</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>баланс</translation>
    </message>
    <message>
        <source>Answer ok: 2 and settle each payout 3 s later.</source>
        <translation>Отвечать ok: 2 и проводить каждую выплату через 3 с.</translation>
    </message>
    <message>
        <source>Delay every answer by this many milliseconds.</source>
        <translation>Задерживать каждый ответ на столько миллисекунд.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>The running sandbox (for ledger).</source>
        <translation>Запущенная песочница (для ledger).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The sandbox payout provider (providers/sandbox/README.md): serve it, or print its ledger.
serve reads the API secret from standard input.</source>
        <translation>Провайдер выплат «песочница» (providers/sandbox/README.md): запустить его или показать его журнал выплат.
serve читает API-секрет со стандартного ввода.</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port нужно число от 0 до 65535.</translation>
    </message>
    <message>
        <source>&quot;sandbox&quot; needs a subcommand: serve or ledger.</source>
        <translation>«sandbox» нужна подкоманда: serve или ledger.</translation>
    </message>
    <message>
        <source>Only orders in this status (may be repeated).</source>
        <translation>Только заявки в этом статусе (можно повторять).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>Only orders with this XML code on either side.</source>
        <translation>Только заявки с этим XML-кодом с любой стороны.</translation>
    </message>
    <message>
        <source>xml</source>
        <translation>xml</translation>
    </message>
    <message>
        <source>A UID, the start of an order id, or part of a recipient.</source>
        <translation>UID, начало id заявки или часть получателя.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>At most this many orders (default 100, 0 for all).</source>
        <translation>Не больше стольких заявок (по умолчанию 100, 0 — все).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>table, json or csv (default table).</source>
        <translation>table, json или csv (по умолчанию table).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>List orders, newest first.</source>
        <translation>Список заявок, новые первыми.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Неизвестный статус «%1».</translation>
    </message>
    <message>
        <source>--limit needs a number.</source>
        <translation>--limit нужно число.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, json or csv.</source>
        <translation>Неизвестный формат «%1»: используйте table, json или csv.</translation>
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
        <translation>Приход</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Выплата</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Создана (UTC)</translation>
    </message>
    <message>
        <source>text or json (default text).</source>
        <translation>text или json (по умолчанию text).</translation>
    </message>
    <message>
        <source>The order id (24 hex digits) or its UID.</source>
        <translation>Id заявки (24 шестнадцатеричные цифры) или её UID.</translation>
    </message>
    <message>
        <source>Show one order with its history.</source>
        <translation>Показать одну заявку с историей.</translation>
    </message>
    <message>
        <source>&quot;orders show&quot; needs one order id or UID.</source>
        <translation>«orders show» нужен один id заявки или UID.</translation>
    </message>
    <message>
        <source>No order &quot;%1&quot; in the book.</source>
        <translation>В книге нет заявки «%1».</translation>
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
        <translation>Приход:    %1 %2</translation>
    </message>
    <message>
        <source>Out:       %1 %2</source>
        <translation>Выплата:   %1 %2</translation>
    </message>
    <message>
        <source>Route:     %1</source>
        <translation>Направление: %1</translation>
    </message>
    <message>
        <source>Partner:   %1</source>
        <translation>Партнёр:   %1</translation>
    </message>
    <message>
        <source>Created:   %1</source>
        <translation>Создана:   %1</translation>
    </message>
    <message>
        <source>Updated:   %1</source>
        <translation>Изменена:  %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <source>A JSON or CSV file of orders.</source>
        <translation>Файл заявок в JSON или CSV.</translation>
    </message>
    <message>
        <source>Import orders from JSON (an array of orders, or one per line) or CSV with a header row,
with the fields of &quot;orders list --format json|csv&quot;. All or nothing: if any row is bad,
every bad row is reported with its line number and no order is imported.</source>
        <translation>Загрузить заявки из JSON (массив заявок или по одной в строке) или CSV со строкой заголовков,
с полями «orders list --format json|csv». Всё или ничего: если хоть одна строка плохая,
сообщается о каждой плохой строке с её номером, и ни одна заявка не загружается.</translation>
    </message>
    <message>
        <source>&quot;orders import&quot; needs one file.</source>
        <translation>«orders import» нужен один файл.</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 bad row(s).</source>
        <translation>Ничего не загружено: плохих строк — %1.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не загружено.</translation>
    </message>
    <message>
        <source>Imported %1 order(s) from %2.</source>
        <translation>Загружено заявок: %1 из %2.</translation>
    </message>
    <message>
        <source>The exchange direction&apos;s ObjectId (routeId).</source>
        <translation>ObjectId направления обмена (routeId).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>What the client pays, e.g. 0.015.</source>
        <translation>Сколько платит клиент, например 0.015.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>The partner code.</source>
        <translation>Код партнёра.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>A detail of the paying side, KEY=VALUE (fromValues; may be repeated).</source>
        <translation>Реквизит стороны оплаты, KEY=VALUE (fromValues; можно повторять).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>ключ=значение</translation>
    </message>
    <message>
        <source>A recipient detail, KEY=VALUE (toValues; may be repeated).</source>
        <translation>Реквизит получателя, KEY=VALUE (toValues; можно повторять).</translation>
    </message>
    <message>
        <source>A detail of the direction, KEY=VALUE (routeValues; may be repeated).</source>
        <translation>Параметр направления, KEY=VALUE (routeValues; можно повторять).</translation>
    </message>
    <message>
        <source>The client&apos;s language (default en).</source>
        <translation>Язык клиента (по умолчанию en).</translation>
    </message>
    <message>
        <source>The client accepted the exchange&apos;s terms (agreement).</source>
        <translation>Клиент принял условия обмена (agreement).</translation>
    </message>
    <message>
        <source>Hide the recipient&apos;s details from the client&apos;s page (hideOutData).</source>
        <translation>Скрыть реквизиты получателя на странице клиента (hideOutData).</translation>
    </message>
    <message>
        <source>Where the client returns afterwards (clientCallbackUrl).</source>
        <translation>Куда клиент возвращается потом (clientCallbackUrl).</translation>
    </message>
    <message>
        <source>Where the site and the desk send this order&apos;s IPNs.</source>
        <translation>Куда сайт и рабочее место отправляют IPN этой заявки.</translation>
    </message>
    <message>
        <source>Read this order&apos;s IPN secret from standard input (needed with --ipn-url).</source>
        <translation>Прочитать IPN-секрет этой заявки со стандартного ввода (нужно с --ipn-url).</translation>
    </message>
    <message>
        <source>Create an order on the exchange site (public/exchanger/order/create) and store it with its UID
and secret. The site&apos;s address: &quot;merchant site&quot;; its API token: &quot;merchant secret token&quot;.</source>
        <translation>Создать заявку на сайте обменника (public/exchanger/order/create) и сохранить её с UID
и секретом. Адрес сайта: «merchant site»; его API-токен: «merchant secret token».</translation>
    </message>
    <message>
        <source>--from, --to and --route-value take KEY=VALUE.</source>
        <translation>--from, --to и --route-value принимают KEY=VALUE.</translation>
    </message>
    <message>
        <source>The site&apos;s API address, when it is not the site&apos;s own.</source>
        <translation>API-адрес сайта, если он не совпадает с адресом сайта.</translation>
    </message>
    <message>
        <source>site URL, or secret ipn|token.</source>
        <translation>site URL или secret ipn|token.</translation>
    </message>
    <message>
        <source>The exchange site: merchant site URL [--api URL]; merchant secret ipn|token reads the desk&apos;s IPN
secret or the site&apos;s API token from standard input into the OS keychain.</source>
        <translation>Сайт обменника: merchant site URL [--api URL]; merchant secret ipn|token читает IPN-секрет
рабочего места или API-токен сайта со стандартного ввода в хранилище ключей ОС.</translation>
    </message>
    <message>
        <source>Use &quot;merchant site URL&quot; or &quot;merchant secret ipn|token&quot;.</source>
        <translation>Используйте «merchant site URL» или «merchant secret ipn|token».</translation>
    </message>
    <message>
        <source>orders or history (every entry of the orders selected).</source>
        <translation>orders или history (все записи выбранных заявок).</translation>
    </message>
    <message>
        <source>what</source>
        <translation>что</translation>
    </message>
    <message>
        <source>Orders created / history entries written on or after this UTC day (YYYY-MM-DD) or instant (ISO 8601 with a zone).</source>
        <translation>Заявки, созданные, / записи истории, сделанные начиная с этого дня UTC (YYYY-MM-DD) или момента (ISO 8601 с поясом).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>... up to the end of this UTC day (YYYY-MM-DD), or before this instant.</source>
        <translation>... до конца этого дня UTC (YYYY-MM-DD) или до этого момента.</translation>
    </message>
    <message>
        <source>, or ; (default ,).</source>
        <translation>, или ; (по умолчанию ,).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>символ</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for spreadsheets that need it).</source>
        <translation>Начать с метки порядка байтов UTF-8 (для таблиц, которым она нужна).</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output. A file appears only complete: on any error nothing is written under its name.</source>
        <translation>Файл для записи или - для стандартного вывода. Файл появляется только целиком: при любой ошибке под его именем ничего не записывается.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Export orders or their history as CSV (RFC 4180, UTF-8): amounts exactly as stored, times
in ISO 8601 UTC, cells a spreadsheet would run as a formula prefixed with an apostrophe.</source>
        <translation>Выгрузить заявки или их историю в CSV (RFC 4180, UTF-8): суммы ровно как хранятся, время
в ISO 8601 UTC, ячейки, которые таблица выполнила бы как формулу, начинаются с апострофа.</translation>
    </message>
    <message>
        <source>--what needs orders or history.</source>
        <translation>--what нужно orders или history.</translation>
    </message>
    <message>
        <source>--%1 needs a day (YYYY-MM-DD) or an ISO 8601 time with a zone, not &quot;%2&quot;.</source>
        <translation>--%1 нужен день (YYYY-MM-DD) или время ISO 8601 с поясом, а не «%2».</translation>
    </message>
    <message>
        <source>--delimiter needs , or ;.</source>
        <translation>--delimiter нужно , или ;.</translation>
    </message>
    <message>
        <source>&quot;export csv&quot; needs --output FILE (or - for standard output).</source>
        <translation>«export csv» нужно --output FILE (или - для стандартного вывода).</translation>
    </message>
    <message>
        <source>serve: ask the providers about open payouts at this interval instead of each one&apos;s own.</source>
        <translation>serve: опрашивать провайдеров об открытых выплатах с этим интервалом вместо собственного интервала каждого.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/database, an empty database.</source>
        <translation>postgresql://user@host:port/database, пустая база.</translation>
    </message>
    <message>
        <source>Team mode: move this workspace&apos;s SQLite order book into an empty PostgreSQL database, all or
nothing, and prove it: every table&apos;s rows are counted and digested on both sides. The password
comes from the keychain (or PGPASSWORD / ~/.pgpass); one given in the URL is kept in the keychain.</source>
        <translation>Командный режим: перенести SQLite-книгу заявок этой рабочей папки в пустую базу PostgreSQL, целиком
или никак, и доказать это: строки каждой таблицы подсчитываются и хешируются с обеих сторон. Пароль
берётся из хранилища ключей (или PGPASSWORD / ~/.pgpass); пароль из URL сохраняется в хранилище ключей.</translation>
    </message>
    <message>
        <source>&quot;book&quot; needs: migrate URL.</source>
        <translation>Команде «book» нужно: migrate URL.</translation>
    </message>
    <message>
        <source>An order book address looks like postgresql://user@host:5432/database.</source>
        <translation>Адрес книги заявок выглядит так: postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>PROVIDER XML KIND [VALUE] for set.</source>
        <translation>PROVIDER XML KIND [VALUE] для set.</translation>
    </message>
    <message>
        <source>&quot;limits&quot; needs: list, or set PROVIDER XML KIND [VALUE].</source>
        <translation>Команде «limits» нужно: list или set PROVIDER XML KIND [VALUE].</translation>
    </message>
    <message>
        <source>Payout limits per provider and currency, checked when a payout is claimed, on every desk:
KIND is min, max (per payout), day_total, day_count, month_total, month_count (UTC days and
months), or auto_max: the automatic payout rule, off unless set (payouts up to it go without a
click), or four_eyes with PROVIDER &quot;*&quot;: above it a payout of that currency needs two staff
members&apos; approval, whichever provider pays. set without VALUE removes the limit. Every change
is written to the activity log.</source>
        <translation>Лимиты выплат по провайдеру и валюте, проверяемые при захвате выплаты на каждом рабочем месте:
KIND — min, max (на выплату), day_total, day_count, month_total, month_count (дни и месяцы по UTC),
auto_max: правило автоматических выплат, выключено, пока не задано (выплаты до этой суммы идут без
клика), или four_eyes с PROVIDER &quot;*&quot;: выше этой суммы выплата в этой валюте требует одобрения двух
сотрудников, какой бы провайдер ни платил. set без VALUE удаляет лимит. Каждое изменение
записывается в журнал действий.</translation>
    </message>
    <message>
        <source>Unknown limit &quot;%1&quot;: min, max, day_total, day_count, month_total, month_count, auto_max or four_eyes.</source>
        <translation>Неизвестный лимит «%1»: min, max, day_total, day_count, month_total, month_count, auto_max или four_eyes.</translation>
    </message>
    <message>
        <source>A team book&apos;s staff (PostgreSQL only): each member is a PostgreSQL login with a role, viewer,
operator or admin, which the server itself enforces. Only an admin changes the staff; every
change is written to the activity log.</source>
        <translation>Сотрудники командной книги (только PostgreSQL): каждый — логин PostgreSQL с ролью viewer,
operator или admin, которую обеспечивает сам сервер. Менять состав может только admin; каждое
изменение записывается в журнал действий.</translation>
    </message>
    <message>
        <source>&quot;staff&quot; needs: list, set LOGIN ROLE [NAME], or remove LOGIN.</source>
        <translation>«staff» требует: list, set LOGIN ROLE [NAME] или remove LOGIN.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: viewer, operator or admin.</source>
        <translation>Неизвестная роль «%1»: viewer, operator или admin.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Внимание: %1</translation>
    </message>
    <message>
        <source>There is no workspace in %1, and nothing was created. Create one with &quot;payoutdesk-cli init %1&quot; (or add --create).</source>
        <translation>В %1 нет рабочей папки, и ничего не создано. Создайте её командой «payoutdesk-cli init %1» (или добавьте --create).</translation>
    </message>
    <message>
        <source>The folder of the new workspace.</source>
        <translation>Папка новой рабочей папки.</translation>
    </message>
    <message>
        <source>Create a workspace: its folder and an empty SQLite order book.</source>
        <translation>Создать рабочую папку: саму папку и пустую книгу заявок SQLite.</translation>
    </message>
    <message>
        <source>&quot;init&quot; needs the workspace&apos;s folder.</source>
        <translation>«init» нужна папка рабочей папки.</translation>
    </message>
    <message>
        <source>%1 is a workspace already; nothing changed.</source>
        <translation>%1 уже рабочая папка; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Created the workspace %1.</source>
        <translation>Рабочая папка %1 создана.</translation>
    </message>
    <message>
        <source>serve: listen in plain HTTP on an address others than this computer reach (without TLS, an IPN&apos;s recipient can be swapped on the way).</source>
        <translation>serve: слушать по обычному HTTP на адресе, доступном не только с этого компьютера (без TLS получателя в IPN могут подменить по дороге).</translation>
    </message>
    <message>
        <source>The exchange site sent another recipient, which waits for a person (orders recipient %1 accept|keep --comment TEXT); until then the order is paid to neither:</source>
        <translation>Сайт обменника прислал другого получателя, он ждёт решения человека (orders recipient %1 accept|keep --comment TEXT); до тех пор заявка не выплачивается ни одному:</translation>
    </message>
    <message>
        <source>The site says &quot;%1&quot;, which cannot follow the order&apos;s status: not applied.</source>
        <translation>Сайт сообщает «%1», но это не может следовать за статусом заявки: не применено.</translation>
    </message>
    <message>
        <source>Why: kept in the order&apos;s history.</source>
        <translation>Почему: сохраняется в истории заявки.</translation>
    </message>
    <message>
        <source>accept (the site&apos;s new recipient) or keep (the pinned one).</source>
        <translation>accept (новый получатель от сайта) или keep (закреплённый).</translation>
    </message>
    <message>
        <source>Decide on a recipient the exchange site sent after the order&apos;s recipient was pinned: accept
puts it in place of the pinned one (admins only), keep refuses it. Until then the order is
paid to neither.</source>
        <translation>Решить судьбу получателя, которого сайт обменника прислал после закрепления получателя заявки: accept
ставит его вместо закреплённого (только администраторы), keep отклоняет. До тех пор заявка
не выплачивается ни одному.</translation>
    </message>
    <message>
        <source>&quot;orders recipient&quot; needs an order and accept or keep.</source>
        <translation>«orders recipient» нужны заявка и accept или keep.</translation>
    </message>
    <message>
        <source>&quot;orders recipient&quot; needs --comment: why, for the order&apos;s history.</source>
        <translation>«orders recipient» нужен --comment: почему, для истории заявки.</translation>
    </message>
    <message>
        <source>A %1 may not do this: accepting a new recipient is for admins, keeping the pinned one for operators and admins.</source>
        <translation>Роли «%1» это не разрешено: принять нового получателя может администратор, оставить закреплённого — оператор или администратор.</translation>
    </message>
    <message>
        <source>Order %1 is now to be paid to the recipient the site sent.</source>
        <translation>Заявка %1 теперь будет выплачена получателю, которого прислал сайт.</translation>
    </message>
    <message>
        <source>Order %1 keeps its pinned recipient.</source>
        <translation>Заявка %1 сохраняет закреплённого получателя.</translation>
    </message>
    <message>
        <source>Back to plain HTTP (taken on loopback only).</source>
        <translation>Вернуться к обычному HTTP (принимается только на loopback).</translation>
    </message>
    <message>
        <source>The certificate (and its chain) as a PEM file.</source>
        <translation>Сертификат (и его цепочка) в PEM-файле.</translation>
    </message>
    <message>
        <source>Its private key as a PEM file.</source>
        <translation>Его закрытый ключ в PEM-файле.</translation>
    </message>
    <message>
        <source>The listener&apos;s TLS: listener tls CERT KEY reads the key&apos;s password from standard input (an empty
line: the key has none) into the OS keychain, checks that certificate and key open together,
and keeps the two files&apos; paths in the book&apos;s settings; listener tls --off goes back to plain
HTTP. It applies when the listener next starts. Admins only; written to the activity log.</source>
        <translation>TLS приёмника: listener tls CERT KEY читает пароль ключа со стандартного ввода (пустая
строка — у ключа пароля нет) в хранилище ключей ОС, проверяет, что сертификат и ключ открываются вместе,
и сохраняет пути к обоим файлам в настройках книги; listener tls --off возвращает обычный
HTTP. Применяется при следующем запуске приёмника. Только администраторы; пишется в журнал действий.</translation>
    </message>
    <message>
        <source>Use &quot;listener tls CERT KEY&quot; or &quot;listener tls --off&quot;.</source>
        <translation>Используйте «listener tls CERT KEY» или «listener tls --off».</translation>
    </message>
    <message>
        <source>Only an admin sets the listener&apos;s TLS.</source>
        <translation>TLS приёмника настраивает только администратор.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>The listener&apos;s TLS is off: plain HTTP, on loopback only.</source>
        <translation>TLS приёмника выключен: обычный HTTP, только на loopback.</translation>
    </message>
    <message>
        <source>The listener speaks TLS with %1 and %2.</source>
        <translation>Приёмник работает по TLS с %1 и %2.</translation>
    </message>
    <message>
        <source>It applies when the listener next starts.</source>
        <translation>Применяется при следующем запуске приёмника.</translation>
    </message>
    <message>
        <source>hold, reject: why, kept in the order&apos;s history.</source>
        <translation>hold, reject: причина, сохраняется в истории заявки.</translation>
    </message>
    <message>
        <source>mark-paid: the external reference of the payout (transaction id, receipt number).</source>
        <translation>mark-paid: внешний номер выплаты (id транзакции, номер квитанции).</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>release, retry: a comment for the order&apos;s history.</source>
        <translation>release, retry: комментарий для истории заявки.</translation>
    </message>
    <message>
        <source>&quot;payout %1&quot; needs order ids or UIDs.</source>
        <translation>Для «payout %1» нужны id или UID заявок.</translation>
    </message>
    <message>
        <source>&quot;payout mark-paid&quot; needs --reference REF.</source>
        <translation>Для «payout mark-paid» нужен --reference НОМЕР.</translation>
    </message>
    <message>
        <source>&quot;payout %1&quot; needs --reason TEXT.</source>
        <translation>Для «payout %1» нужен --reason ТЕКСТ.</translation>
    </message>
    <message>
        <source>Usage: payoutdesk-cli [--workspace DIR | --demo] COMMAND ...</source>
        <translation>Использование: payoutdesk-cli [--workspace ПАПКА | --demo] КОМАНДА ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Every command takes --help.</source>
        <translation>Каждая команда понимает --help.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1 %2&quot;.</source>
        <translation>Неизвестная подкоманда «%1 %2».</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>Для «%1» нужна подкоманда: %2.</translation>
    </message>
    <message>
        <source>serve: the listener&apos;s address (default: the settings&apos;, else %1).</source>
        <translation>serve: адрес приёмника (по умолчанию — из настроек, иначе %1).</translation>
    </message>
    <message>
        <source>create a workspace (every other command refuses a folder that holds none)</source>
        <translation>создать рабочую папку (остальные команды отказываются от папки без неё)</translation>
    </message>
    <message>
        <source>list orders, filtered (table, JSON or CSV)</source>
        <translation>список заявок с фильтрами (таблица, JSON или CSV)</translation>
    </message>
    <message>
        <source>one order with its history (ID is the order id or its UID)</source>
        <translation>одна заявка с историей (ID — id заявки или её UID)</translation>
    </message>
    <message>
        <source>import orders from JSON or CSV, all or nothing</source>
        <translation>загрузить заявки из JSON или CSV, все или ничего</translation>
    </message>
    <message>
        <source>create an order on the exchange site</source>
        <translation>создать заявку на сайте обменника</translation>
    </message>
    <message>
        <source>decide on a recipient the site changed</source>
        <translation>решить судьбу получателя, изменённого сайтом</translation>
    </message>
    <message>
        <source>orders or their history as CSV</source>
        <translation>заявки или их история в CSV</translation>
    </message>
    <message>
        <source>the exchange site (payment links, order creation)</source>
        <translation>сайт обменника (ссылки на оплату, создание заявок)</translation>
    </message>
    <message>
        <source>the desk&apos;s IPN secret / the site&apos;s API token, from standard input</source>
        <translation>IPN-секрет PayoutDesk / API-токен сайта, со стандартного ввода</translation>
    </message>
    <message>
        <source>the built-in payout providers and their settings</source>
        <translation>встроенные провайдеры выплат и их настройки</translation>
    </message>
    <message>
        <source>set a setting; a secret is read from standard input</source>
        <translation>задать настройку; секрет читается со стандартного ввода</translation>
    </message>
    <message>
        <source>remove a secret from the keychain</source>
        <translation>удалить секрет из хранилища ключей</translation>
    </message>
    <message>
        <source>a signed balance call</source>
        <translation>подписанный запрос баланса</translation>
    </message>
    <message>
        <source>pay orders waiting for their payout</source>
        <translation>выплатить заявки, ждущие выплаты</translation>
    </message>
    <message>
        <source>hold payouts (release undoes it)</source>
        <translation>отложить выплаты (release отменяет)</translation>
    </message>
    <message>
        <source>release held orders</source>
        <translation>снять удержание с заявок</translation>
    </message>
    <message>
        <source>refuse to pay: the orders are returned, their senders refunded</source>
        <translation>отказать в выплате: заявки — возврат, отправителям вернуть деньги</translation>
    </message>
    <message>
        <source>put failed payouts back in the queue</source>
        <translation>вернуть неудачные выплаты в очередь</translation>
    </message>
    <message>
        <source>the payout was made outside the desk</source>
        <translation>выплата сделана вне PayoutDesk</translation>
    </message>
    <message>
        <source>an order&apos;s payout attempts</source>
        <translation>попытки выплаты по заявке</translation>
    </message>
    <message>
        <source>ask the providers about open payouts, once</source>
        <translation>один раз спросить провайдеров об открытых выплатах</translation>
    </message>
    <message>
        <source>the listener (TLS from the settings) and the poller</source>
        <translation>приёмник (TLS из настроек) и опрос провайдеров</translation>
    </message>
    <message>
        <source>the listener&apos;s TLS (the key&apos;s password on standard input)</source>
        <translation>TLS приёмника (пароль ключа со стандартного ввода)</translation>
    </message>
    <message>
        <source>run the sandbox provider (API secret on standard input)</source>
        <translation>запустить провайдера-песочницу (API-секрет со стандартного ввода)</translation>
    </message>
    <message>
        <source>print what a running sandbox was asked to pay</source>
        <translation>показать, что запущенную песочницу просили выплатить</translation>
    </message>
    <message>
        <source>move this workspace&apos;s SQLite book into an empty PostgreSQL database</source>
        <translation>перенести книгу SQLite этой папки в пустую базу PostgreSQL</translation>
    </message>
    <message>
        <source>payout limits, automatic payouts, four eyes</source>
        <translation>лимиты выплат, автовыплаты, два одобрения</translation>
    </message>
    <message>
        <source>set one (no VALUE: remove it); KIND: see limits set --help</source>
        <translation>задать один (без ЗНАЧЕНИЯ — удалить); ВИД: см. limits set --help</translation>
    </message>
    <message>
        <source>a team book&apos;s staff and their roles</source>
        <translation>сотрудники командной книги и их роли</translation>
    </message>
    <message>
        <source>add a member, or change their role (viewer, operator, admin)</source>
        <translation>добавить сотрудника или сменить роль (viewer, operator, admin)</translation>
    </message>
    <message>
        <source>take a member off the staff</source>
        <translation>убрать сотрудника</translation>
    </message>
    <message>
        <source>KEY [VALUE] for set.</source>
        <translation>KEY [VALUE] для set.</translation>
    </message>
    <message>
        <source>The desk-wide settings kept in the order book, as Edit → Settings… shows them. set changes
payout.default.XML, the provider that pays a currency unless staff choose another in the
queue (without VALUE: no default). Every change is written to the activity log.</source>
        <translation>Общие настройки стола, хранящиеся в книге заявок, как их показывает Правка → Настройки…. set меняет
payout.default.XML — провайдера, который выплачивает валюту, если сотрудник не выбрал другого в
очереди (без VALUE — провайдера по умолчанию нет). Каждое изменение записывается в журнал.</translation>
    </message>
    <message>
        <source>&quot;settings&quot; needs: list, or set KEY [VALUE].</source>
        <translation>«settings» требует: list или set KEY [VALUE].</translation>
    </message>
    <message>
        <source>Only payout.default.XML is set here; Edit → Settings… sets %1.</source>
        <translation>Здесь задаётся только payout.default.XML; %1 задаётся в Правка → Настройки….</translation>
    </message>
    <message>
        <source>Unknown currency %1.</source>
        <translation>Неизвестная валюта %1.</translation>
    </message>
    <message>
        <source>Unknown provider %1.</source>
        <translation>Неизвестный провайдер %1.</translation>
    </message>
    <message>
        <source>%1 does not pay %2.</source>
        <translation>%1 не выплачивает %2.</translation>
    </message>
    <message>
        <source>the desk-wide settings and each currency&apos;s default provider</source>
        <translation>общие настройки стола и провайдер по умолчанию для каждой валюты</translation>
    </message>
    <message>
        <source>the provider that pays a currency by default (none: no default)</source>
        <translation>провайдер, который выплачивает валюту по умолчанию (без него — нет)</translation>
    </message>
    <message>
        <source>Only this provider (may be given more than once).</source>
        <translation>Только этот провайдер (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>The period&apos;s first day (YYYY-MM-DD, UTC).</source>
        <translation>Первый день периода (ГГГГ-ММ-ДД, UTC).</translation>
    </message>
    <message>
        <source>The period&apos;s last day (YYYY-MM-DD, UTC), included.</source>
        <translation>Последний день периода (ГГГГ-ММ-ДД, UTC), включительно.</translation>
    </message>
    <message>
        <source>List the open mismatches; read no statement.</source>
        <translation>Показать открытые расхождения, не читая выписок.</translation>
    </message>
    <message>
        <source>Resolve this mismatch (with --comment).</source>
        <translation>Закрыть это расхождение (с --comment).</translation>
    </message>
    <message>
        <source>How the mismatch was resolved.</source>
        <translation>Как расхождение было урегулировано.</translation>
    </message>
    <message>
        <source>Holds each provider&apos;s own books (its withdrawal or payout history) for a period against the
desk&apos;s payouts: payouts made outside the desk, payouts the provider has no record of, a
second payout for one order, other amounts, currencies, addresses or outcomes. Each run is
kept in the book; a mismatch stays open until resolved with a comment. Exits 6 while any
mismatch is open.</source>
        <translation>Сверяет собственные записи каждого провайдера (историю выводов или выплат) за период
с выплатами PayoutDesk: выплаты, сделанные в обход PayoutDesk, выплаты, которых у провайдера нет,
вторую выплату по одной заявке, другие суммы, валюты, адреса или исходы. Каждая сверка
хранится в книге; расхождение остаётся открытым, пока его не закроют с комментарием.
Код выхода 6, пока открыто хоть одно расхождение.</translation>
    </message>
    <message>
        <source>&quot;reconcile --resolve&quot; needs a mismatch&apos;s number and --comment TEXT.</source>
        <translation>&quot;reconcile --resolve&quot; требует номер расхождения и --comment ТЕКСТ.</translation>
    </message>
    <message>
        <source>&quot;reconcile&quot; needs --from DATE and --to DATE (YYYY-MM-DD, the first not after the last).</source>
        <translation>&quot;reconcile&quot; требует --from ДАТА и --to ДАТА (ГГГГ-ММ-ДД, первая не позже второй).</translation>
    </message>
    <message>
        <source>hold the providers&apos; books against the desk&apos;s payouts (exit 6: mismatches open)</source>
        <translation>сверить записи провайдеров с выплатами PayoutDesk (код 6: есть открытые расхождения)</translation>
    </message>
</context>
<context>
    <name>pd::ClientLinksBox</name>
    <message>
        <source>Client links</source>
        <translation>Ссылки для клиента</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Оплата:</translation>
    </message>
    <message>
        <source>Copy the payment link (Ctrl+Shift+C)</source>
        <translation>Копировать ссылку на оплату (Ctrl+Shift+C)</translation>
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
        <translation>Ссылка на оплату в виде QR-кода</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionGuard</name>
    <message>
        <source>%1 already has %2 connections open, the most one address may.</source>
        <translation>У %1 уже открыто %2 соединений — больше с одного адреса нельзя.</translation>
    </message>
    <message>
        <source>%1 connections are open and busy, the most the listener takes.</source>
        <translation>Открыто и занято %1 соединений — больше приёмник не принимает.</translation>
    </message>
    <message>
        <source>Closed to make room: %1 connections were open.</source>
        <translation>Закрыто, чтобы освободить место: было открыто %1 соединений.</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionWatch</name>
    <message>
        <source>Idle for %1 s: closed.</source>
        <translation>Простой %1 с: закрыто.</translation>
    </message>
    <message>
        <source>The request&apos;s head is over %1 bytes.</source>
        <translation>Заголовок запроса больше %1 байт.</translation>
    </message>
    <message>
        <source>A chunked body declares no length: refused.</source>
        <translation>Тело по частям (chunked) не объявляет длину: отклонено.</translation>
    </message>
    <message>
        <source>The Content-Length is not a number.</source>
        <translation>Content-Length — не число.</translation>
    </message>
    <message>
        <source>The body is declared as %1 bytes; the listener takes at most %2.</source>
        <translation>Тело объявлено размером %1 байт; приёмник принимает не больше %2.</translation>
    </message>
</context>
<context>
    <name>pd::CopyButton</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>pd::CryptomusProvider</name>
    <message>
        <source>Cryptomus&apos;s answer has no state.</source>
        <translation>В ответе Cryptomus нет состояния.</translation>
    </message>
    <message>
        <source>Cryptomus answered with state %1.</source>
        <translation>Cryptomus ответил с состоянием %1.</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s answer has no merchant balance.</source>
        <translation>В ответе Cryptomus нет баланса мерчанта.</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s balance of %1 is not a decimal amount.</source>
        <translation>Баланс %1 в Cryptomus — не десятичная сумма.</translation>
    </message>
    <message>
        <source>Cryptomus has no network the desk knows for %1 (%2).</source>
        <translation>У Cryptomus нет известной рабочему месту сети для %1 (%2).</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s answer to the payout names no uuid.</source>
        <translation>В ответе Cryptomus на выплату нет uuid.</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s payout has no uuid or status.</source>
        <translation>У выплаты Cryptomus нет uuid или статуса.</translation>
    </message>
    <message>
        <source>Cryptomus status &quot;%1&quot;, not final: the payout failed, but Cryptomus&apos;s support can still send it. Ask them before paying this order again.</source>
        <translation>Статус Cryptomus «%1», не окончательный: выплата не удалась, но поддержка Cryptomus ещё может её отправить. Уточните у них, прежде чем снова платить по этой заявке.</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s payout API key is not set.</source>
        <translation>API-ключ выплат Cryptomus не задан.</translation>
    </message>
    <message>
        <source>The webhook is not a JSON object with a signature (&quot;sign&quot;).</source>
        <translation>Вебхук — не объект JSON с подписью («sign»).</translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match.</source>
        <translation>Подпись вебхука не совпадает.</translation>
    </message>
    <message>
        <source>The webhook is not about a payout.</source>
        <translation>Вебхук не относится к выплате.</translation>
    </message>
    <message>
        <source>The webhook names no payout uuid.</source>
        <translation>Вебхук не называет uuid выплаты.</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s payout history has no items.</source>
        <translation>В истории выплат Cryptomus нет items.</translation>
    </message>
    <message>
        <source>A payout in Cryptomus&apos;s history has no uuid or amount.</source>
        <translation>В истории Cryptomus есть выплата без uuid или суммы.</translation>
    </message>
</context>
<context>
    <name>pd::CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>вывод</translation>
    </message>
    <message>
        <source>Cannot read the order book: %1</source>
        <translation>Не удаётся прочитать книгу заявок: %1</translation>
    </message>
</context>
<context>
    <name>pd::CsvExportJob</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Выгрузка отменена; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>pd::DashboardPage</name>
    <message>
        <source>By currency</source>
        <translation>По валютам</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>По провайдерам</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Read the figures and the providers&apos; balances again</source>
        <translation>Заново прочитать показатели и балансы провайдеров</translation>
    </message>
    <message>
        <source>Payouts per day</source>
        <translation>Выплаты по дням</translation>
    </message>
    <message>
        <source>Outcomes per provider</source>
        <translation>Итоги по провайдерам</translation>
    </message>
    <message>
        <source>Orders per status</source>
        <translation>Заявки по статусам</translation>
    </message>
    <message>
        <source>Provider balances</source>
        <translation>Балансы провайдеров</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Выплат</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачено</translation>
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
        <translation>Прочитан в</translation>
    </message>
    <message>
        <source>Last %1 days: %2 – %3</source>
        <translation>Последние %1 дн.: %2 – %3</translation>
    </message>
    <message>
        <source>No payout in the period</source>
        <translation>За период выплат нет</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не удалось</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>В ожидании</translation>
    </message>
    <message>
        <source>%1: %2 of %3 paid</source>
        <translation>%1: выплачено %2 из %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The book is empty</source>
        <translation>Книга заявок пуста</translation>
    </message>
    <message>
        <source>The figures cannot be read: %1</source>
        <translation>Показатели не читаются: %1</translation>
    </message>
    <message>
        <source>The providers&apos; settings cannot be read: %1</source>
        <translation>Настройки провайдеров не читаются: %1</translation>
    </message>
    <message>
        <source>payouts sent from the desk</source>
        <translation>выплаты, отправленные из программы</translation>
    </message>
    <message>
        <source>Only the payouts the desk sent itself. Orders marked paid by hand, or paid on arrival, are counted under &quot;Orders per status&quot;.</source>
        <translation>Только выплаты, отправленные самой программой. Заявки, отмеченные выплаченными вручную или пришедшие уже выплаченными, учтены в «Заявки по статусам».</translation>
    </message>
    <message>
        <source>No payout sent from the desk in the period</source>
        <translation>За период из программы не отправлено ни одной выплаты</translation>
    </message>
</context>
<context>
    <name>pd::DashboardService</name>
    <message>
        <source>The dashboard&apos;s figures cannot be read.</source>
        <translation>Показатели панели не читаются.</translation>
    </message>
</context>
<context>
    <name>pd::DeskListener</name>
    <message>
        <source>No such endpoint.</source>
        <translation>Нет такого адреса.</translation>
    </message>
    <message>
        <source>The listener cannot listen on %1 port %2: %3</source>
        <translation>Приёмник не может слушать %1, порт %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to listen on: write host:port, e.g. 127.0.0.1:8787.</source>
        <translation>«%1» — не адрес для приёма: укажите хост:порт, например 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>The listener does not take plain HTTP on %1, where others than this computer reach it: give it a TLS certificate and key (payoutdesk-cli listener tls CERT KEY), or keep it on 127.0.0.1 behind a reverse proxy that speaks HTTPS, or start it with --insecure-listen.</source>
        <translation>Приёмник не принимает обычный HTTP на %1, где к нему обращаются не только с этого компьютера: дайте ему TLS-сертификат и ключ (payoutdesk-cli listener tls CERT KEY), или оставьте его на 127.0.0.1 за обратным прокси с HTTPS, или запустите с --insecure-listen.</translation>
    </message>
</context>
<context>
    <name>pd::ExchangeSiteClient</name>
    <message>
        <source>The route must be the exchange direction&apos;s 24-character ObjectId.</source>
        <translation>Направление должно быть 24-символьным ObjectId направления обмена.</translation>
    </message>
    <message>
        <source>The amount must be a positive decimal number.</source>
        <translation>Сумма должна быть положительным десятичным числом.</translation>
    </message>
    <message>
        <source>The recipient&apos;s details (toValues) are missing.</source>
        <translation>Нет реквизитов получателя (toValues).</translation>
    </message>
    <message>
        <source>Every detail needs a key.</source>
        <translation>У каждого реквизита должен быть ключ.</translation>
    </message>
    <message>
        <source>The client has to accept the exchange&apos;s terms (agreement).</source>
        <translation>Клиент должен принять условия обмена (agreement).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation>«%1» — не адрес http(s).</translation>
    </message>
    <message>
        <source>An IPN URL needs an IPN secret of at least 16 characters.</source>
        <translation>Для IPN URL нужен IPN-секрет не короче 16 символов.</translation>
    </message>
    <message>
        <source>The exchange site answered HTTP %1: %2</source>
        <translation>Сайт обменника ответил HTTP %1: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>The exchange site&apos;s answer lacks the order&apos;s id, UID, secret, status or amounts.</source>
        <translation>В ответе сайта обменника нет id, UID, секрета, статуса или сумм заявки.</translation>
    </message>
</context>
<context>
    <name>pd::ExportCommand</name>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Не удаётся писать в стандартный вывод: %1</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>В %1 ничего не записано.</translation>
    </message>
</context>
<context>
    <name>pd::ExportDialog</name>
    <message>
        <source>&amp;Orders, one row each</source>
        <translation>&amp;Заявки, по строке на каждую</translation>
    </message>
    <message>
        <source>Their &amp;history, one row per status change</source>
        <translation>Их &amp;историю, по строке на каждую смену статуса</translation>
    </message>
    <message>
        <source>A &amp;date range:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Start with a UTF-8 &amp;byte order mark (for Excel)</source>
        <translation>Начать с метки порядка &amp;байтов UTF-8 (для Excel)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Выгрузка в CSV</translation>
    </message>
    <message>
        <source>&amp;As the Orders page shows them: %1</source>
        <translation>&amp;Как показывает страница «Заявки»: %1</translation>
    </message>
    <message>
        <source>From the start of this day (the desk&apos;s time zone)</source>
        <translation>С начала этого дня (часовой пояс рабочего места)</translation>
    </message>
    <message>
        <source>To the end of this day (the desk&apos;s time zone)</source>
        <translation>До конца этого дня (часовой пояс рабочего места)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ), for spreadsheets that use a decimal comma</source>
        <translation>Точка с запятой ( ; ), для таблиц с десятичной запятой</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Выгрузить:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Строки:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>UTF-8, RFC 4180. Amounts exactly as stored; times in ISO 8601 UTC. Cells a spreadsheet would run as a formula start with an apostrophe.</source>
        <translation>UTF-8, RFC 4180. Суммы ровно как хранятся; время в ISO 8601 UTC. Ячейки, которые таблица выполнила бы как формулу, начинаются с апострофа.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Выгрузить</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>статус %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>currency %1</source>
        <translation>валюта %1</translation>
    </message>
    <message>
        <source>created from %1</source>
        <translation>созданы с %1</translation>
    </message>
    <message>
        <source>created before %1</source>
        <translation>созданы до %1</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>поиск «%1»</translation>
    </message>
    <message>
        <source>every order</source>
        <translation>все заявки</translation>
    </message>
    <message>
        <source>Status changes in a &amp;date range:</source>
        <translation>Смены статуса за &amp;период:</translation>
    </message>
    <message>
        <source>Orders created in a &amp;date range:</source>
        <translation>Заявки, созданные за &amp;период:</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 — папка: выберите имя файла.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it when the export is complete?</source>
        <translation>%1 уже есть. Заменить его, когда выгрузка завершится?</translation>
    </message>
</context>
<context>
    <name>pd::ExportProgress</name>
    <message>
        <source>history</source>
        <translation>историю</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>заявки</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Выгрузка в CSV</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>Выгружаются %1 в %2…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…
%3 of %4 rows</source>
        <translation>Выгружаются %1 в %2…
%3 из %4 строк</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Выгрузка не удалась</translation>
    </message>
    <message>
        <source>The export to %1 failed; no file was written.</source>
        <translation>Выгрузка в %1 не удалась; файл не записан.</translation>
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
        <translation>Часть «%1» — не текст в UTF-8.</translation>
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
        <translation>Поступила как «%1»</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>кто: %1</translation>
    </message>
    <message>
        <source>payout: %1</source>
        <translation>выплата: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>заметка: %1</translation>
    </message>
</context>
<context>
    <name>pd::IpnDeliveriesView</name>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Status sent</source>
        <translation>Отправленный статус</translation>
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
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не удалось</translation>
    </message>
    <message>
        <source>to be retried</source>
        <translation>будет повторено</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>%1 (%2 tries)</source>
        <translation>%1 (попыток: %2)</translation>
    </message>
</context>
<context>
    <name>pd::IpnInbox</name>
    <message>
        <source>Created by an IPN sent at %1.</source>
        <translation>Создана по IPN, отправленному в %1.</translation>
    </message>
    <message>
        <source>An older IPN (&quot;%1&quot;, sent at %2) arrived late; the status was not rolled back.</source>
        <translation>Более старый IPN («%1», отправлен в %2) пришёл поздно; статус не откатывался.</translation>
    </message>
    <message>
        <source>An IPN (&quot;%1&quot;, sent at %2) arrived while the desk is paying this order out; nothing was changed. Check the order with the exchange.</source>
        <translation>IPN («%1», отправлен в %2) пришёл, пока рабочее место выплачивает эту заявку; ничего не изменено. Сверьте заявку с обменником.</translation>
    </message>
    <message>
        <source>IPN &quot;%1&quot; sent at %2: nothing new.</source>
        <translation>IPN «%1», отправленный в %2: ничего нового.</translation>
    </message>
    <message>
        <source>amounts %1 → %2 %3, %4 → %5 %6</source>
        <translation>суммы %1 → %2 %3, %4 → %5 %6</translation>
    </message>
    <message>
        <source>IPN sent at %1.</source>
        <translation>IPN отправлен в %1.</translation>
    </message>
    <message>
        <source>IPN sent at %1; changed: %2.</source>
        <translation>IPN отправлен в %1; изменено: %2.</translation>
    </message>
    <message>
        <source>The site says &quot;%1&quot; (IPN sent at %2), which cannot follow &quot;%3&quot;: not applied. Check the order with the exchange.</source>
        <translation>Сайт сообщает «%1» (IPN отправлен в %2), но это не может следовать за «%3»: не применено. Сверьте заявку с обменником.</translation>
    </message>
    <message>
        <source>It names another recipient (%1, where the order was pinned to %2): not applied. The order cannot be paid until a staff member accepts or refuses the new recipient.</source>
        <translation>В нём указан другой получатель (%1, а заявка закреплена за %2): не применено. Заявку нельзя выплатить, пока сотрудник не примет или не отклонит нового получателя.</translation>
    </message>
    <message>
        <source>Order %1 is neither new nor in the book.</source>
        <translation>Заказ %1 не новый, но и в книге его нет.</translation>
    </message>
</context>
<context>
    <name>pd::IpnMessage</name>
    <message>
        <source>toValues has more than %1 entries.</source>
        <translation>В toValues больше %1 записей.</translation>
    </message>
    <message>
        <source>The field %1 is given twice.</source>
        <translation>Поле %1 указано дважды.</translation>
    </message>
    <message>
        <source>The field %1 is missing.</source>
        <translation>Нет поля %1.</translation>
    </message>
    <message>
        <source>orderUID must be a positive number.</source>
        <translation>orderUID должен быть положительным числом.</translation>
    </message>
    <message>
        <source>orderId must be a 24-character hexadecimal ObjectId.</source>
        <translation>orderId должен быть 24-символьным шестнадцатеричным ObjectId.</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not one of the protocol&apos;s statuses.</source>
        <translation>Статус «%1» — не из статусов протокола.</translation>
    </message>
    <message>
        <source>inAmount and outAmount must be decimal numbers.</source>
        <translation>inAmount и outAmount должны быть десятичными числами.</translation>
    </message>
    <message>
        <source>timestamp must be unix time in milliseconds.</source>
        <translation>timestamp должен быть временем unix в миллисекундах.</translation>
    </message>
    <message>
        <source>xml_from and xml_to must be currency codes.</source>
        <translation>xml_from и xml_to должны быть кодами валют.</translation>
    </message>
    <message>
        <source>toValues is given both as JSON and in brackets.</source>
        <translation>toValues указан и как JSON, и в скобках.</translation>
    </message>
    <message>
        <source>toValues is not a JSON array of {key, name, value}.</source>
        <translation>toValues — не JSON-массив из {key, name, value}.</translation>
    </message>
    <message>
        <source>toValues holds text that is not valid Unicode (half of a surrogate pair).</source>
        <translation>В toValues текст, не являющийся корректным Unicode (половина суррогатной пары).</translation>
    </message>
    <message>
        <source>toValues[%1] is missing.</source>
        <translation>Нет toValues[%1].</translation>
    </message>
    <message>
        <source>The body is not a form: %1</source>
        <translation>Тело — не форма: %1</translation>
    </message>
</context>
<context>
    <name>pd::IpnRoute</name>
    <message>
        <source>IPNs are not taken at the moment.</source>
        <translation>IPN сейчас не принимаются.</translation>
    </message>
    <message>
        <source>IPNs are sent with POST.</source>
        <translation>IPN отправляются методом POST.</translation>
    </message>
    <message>
        <source>Not a POST: %1</source>
        <translation>Не POST: %1</translation>
    </message>
    <message>
        <source>The body has %1 bytes; an IPN may have at most %2.</source>
        <translation>В теле %1 байт; в IPN может быть не больше %2.</translation>
    </message>
    <message>
        <source>The desk has no IPN secret to check the checksum with (%1). Set it under Settings.</source>
        <translation>У рабочего места нет IPN-секрета для проверки контрольной суммы (%1). Задайте его в настройках.</translation>
    </message>
    <message>
        <source>none is stored</source>
        <translation>ни один не сохранён</translation>
    </message>
    <message>
        <source>Wrong checksum for order %1.</source>
        <translation>Неверная контрольная сумма для заявки %1.</translation>
    </message>
    <message>
        <source>The IPN for order %1 was sent at %2, outside the %3-hour window.</source>
        <translation>IPN для заявки %1 отправлен в %2, вне окна в %3 ч.</translation>
    </message>
    <message>
        <source>Not stored, send it again: %1</source>
        <translation>Не сохранено, отправьте ещё раз: %1</translation>
    </message>
    <message>
        <source>The IPN for order %1 is dated %2, more than %3 minute(s) ahead of the desk&apos;s clock.</source>
        <translation>IPN по заявке %1 датирован %2 — больше чем на %3 мин. впереди часов рабочего места.</translation>
    </message>
    <message>
        <source>The IPN for order %1 is refused: %2</source>
        <translation>IPN по заявке %1 отклонён: %2</translation>
    </message>
</context>
<context>
    <name>pd::IpnSender</name>
    <message>
        <source>The desk stopped while sending this IPN; it is not sent again, since it may have arrived.</source>
        <translation>Рабочее место остановилось при отправке этого IPN; он не отправляется снова, так как мог дойти.</translation>
    </message>
    <message>
        <source>The order or its IPN URL is gone.</source>
        <translation>Заявки или её IPN URL больше нет.</translation>
    </message>
    <message>
        <source>No IPN secret for this order in the keychain: %1</source>
        <translation>В хранилище ключей нет IPN-секрета этой заявки: %1</translation>
    </message>
    <message>
        <source>Answered HTTP %1: %2</source>
        <translation>Ответ HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::LimitsDialog</name>
    <message>
        <source>Minimum per payout</source>
        <translation>Минимум на выплату</translation>
    </message>
    <message>
        <source>Maximum per payout</source>
        <translation>Максимум на выплату</translation>
    </message>
    <message>
        <source>Total per day (UTC)</source>
        <translation>Сумма в день (UTC)</translation>
    </message>
    <message>
        <source>Payouts per day (UTC)</source>
        <translation>Выплат в день (UTC)</translation>
    </message>
    <message>
        <source>Total per month (UTC)</source>
        <translation>Сумма в месяц (UTC)</translation>
    </message>
    <message>
        <source>Payouts per month (UTC)</source>
        <translation>Выплат в месяц (UTC)</translation>
    </message>
    <message>
        <source>Automatic payouts up to</source>
        <translation>Автоматические выплаты до</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Задать</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Удалить выбранный</translation>
    </message>
    <message>
        <source>Payout limits</source>
        <translation>Лимиты выплат</translation>
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
        <translation>Лимит</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>An amount, or a number of payouts</source>
        <translation>Сумма или количество выплат</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Удалено.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Second approval above</source>
        <translation>Второе одобрение выше</translation>
    </message>
    <message>
        <source>Every provider</source>
        <translation>Любой провайдер</translation>
    </message>
    <message>
        <source>Checked when a payout is claimed, on every desk of the book: a payout over a limit is not sent and waits in the queue with the reason. &quot;Automatic payouts up to&quot; turns automatic payouts on for that currency: orders up to the amount are paid without a click. &quot;Second approval above&quot; holds for every provider: a larger payout is sent only once two different staff members approved it.</source>
        <translation>Проверяется при захвате выплаты на каждом рабочем месте книги: выплата сверх лимита не отправляется и ждёт в очереди с причиной. «Автоматические выплаты до» включает автоматические выплаты для этой валюты: заявки до этой суммы выплачиваются без клика. «Второе одобрение выше» действует для всех провайдеров: выплата крупнее отправляется, только когда её одобрили два разных сотрудника.</translation>
    </message>
    <message>
        <source>Saved. On one desk every approval is its OS user&apos;s: a payout above it needs a second OS user opening this workspace, or a team&apos;s order book.</source>
        <translation>Сохранено. На одном рабочем месте каждое одобрение — от его пользователя ОС: выплате выше порога нужен второй пользователь ОС, открывающий эту рабочую папку, или командная книга заявок.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The limits cannot be read: %1</source>
        <translation>Лимиты не читаются: %1</translation>
    </message>
</context>
<context>
    <name>pd::ListenerTls</name>
    <message>
        <source>The password of the listener&apos;s TLS key cannot be read from the keychain: %1</source>
        <translation>Пароль TLS-ключа приёмника не удаётся прочитать из хранилища ключей: %1</translation>
    </message>
    <message>
        <source>The listener&apos;s TLS needs both a certificate and a key file (settings %1 and %2).</source>
        <translation>Для TLS приёмника нужны и сертификат, и файл ключа (настройки %1 и %2).</translation>
    </message>
    <message>
        <source>No PEM certificate can be read from %1.</source>
        <translation>Из %1 не удаётся прочитать PEM-сертификат.</translation>
    </message>
    <message>
        <source>The TLS key %1 cannot be read: %2</source>
        <translation>TLS-ключ %1 не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>The TLS key %1 cannot be opened: it is not a PEM private key, or it needs its password in the keychain.</source>
        <translation>TLS-ключ %1 не открывается: это не закрытый ключ PEM, или ему нужен пароль в хранилище ключей.</translation>
    </message>
    <message>
        <source>The TLS key %1 does not open with the password in the keychain.</source>
        <translation>TLS-ключ %1 не открывается паролем из хранилища ключей.</translation>
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
        <translation>Очередь выплат</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Провайдеры</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Рабочая папка: %1</translation>
    </message>
    <message>
        <source>Order UID %1 created on the exchange site.</source>
        <translation>Заявка UID %1 создана на сайте обменника.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New order on the exchange site…</source>
        <translation>&amp;Новая заявка на сайте обменника…</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>&amp;Загрузить заявки…</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Выгрузить в CSV…</translation>
    </message>
    <message>
        <source>Open workspace &amp;folder</source>
        <translation>Открыть рабочую &amp;папку</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find order…</source>
        <translation>&amp;Найти заявку…</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>Copy order &amp;id</source>
        <translation>Копировать &amp;id заявки</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Заявки</translation>
    </message>
    <message>
        <source>Payout &amp;queue</source>
        <translation>&amp;Очередь выплат</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Провайдеры</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Столбцы</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Заявка</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>&amp;Открыть заявку</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About PayoutDesk</source>
        <translation>&amp;О PayoutDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Payout failed</source>
        <translation>Выплата не удалась</translation>
    </message>
    <message>
        <source>The payout of order %1 failed; it is back in the queue as a payout error.</source>
        <translation>Выплата по заявке %1 не удалась; она снова в очереди как ошибка выплаты.</translation>
    </message>
    <message>
        <source>Payout needs attention</source>
        <translation>Выплата требует внимания</translation>
    </message>
    <message>
        <source>The outcome of the payout of order %1 is not known yet.</source>
        <translation>Результат выплаты по заявке %1 пока неизвестен.</translation>
    </message>
    <message numerus="yes">
        <source>PayoutDesk: %n payout(s) waiting</source>
        <translation>
            <numerusform>PayoutDesk: ждёт %n выплата</numerusform>
            <numerusform>PayoutDesk: ждут %n выплаты</numerusform>
            <numerusform>PayoutDesk: ждут %n выплат</numerusform>
        </translation>
    </message>
    <message>
        <source>PayoutDesk: no payout waiting</source>
        <translation>PayoutDesk: выплат в ожидании нет</translation>
    </message>
    <message>
        <source>Payout queue (%1)</source>
        <translation>Очередь выплат (%1)</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Загрузка заявок</translation>
    </message>
    <message>
        <source>Orders (*.json *.jsonl *.csv);;All files (*)</source>
        <translation>Заявки (*.json *.jsonl *.csv);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Выгружена %n строка в %1.</numerusform>
            <numerusform>Выгружено %n строки в %1.</numerusform>
            <numerusform>Выгружено %n строк в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Выгрузка отменена: файл не записан.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Загрузка уже идёт.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Загружается %1…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не загружено</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n bad row(s); no order was imported. Fix them and import the file again.</source>
        <translation>
            <numerusform>В файле %n плохая строка; ни одна заявка не загружена. Исправьте её и загрузите файл снова.</numerusform>
            <numerusform>В файле %n плохие строки; ни одна заявка не загружена. Исправьте их и загрузите файл снова.</numerusform>
            <numerusform>В файле %n плохих строк; ни одна заявка не загружена. Исправьте их и загрузите файл снова.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s).</source>
        <translation>
            <numerusform>Загружена %n заявка.</numerusform>
            <numerusform>Загружено %n заявки.</numerusform>
            <numerusform>Загружено %n заявок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the selected order</source>
        <translation>Открыть выбранную заявку</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <source>Order &amp;book (team mode)…</source>
        <translation>&amp;Книга заявок (командный режим)…</translation>
    </message>
    <message>
        <source>Payout &amp;limits…</source>
        <translation>&amp;Лимиты выплат…</translation>
    </message>
    <message>
        <source>&amp;Blocked recipients…</source>
        <translation>&amp;Заблокированные получатели…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Вход: %1 (%2)</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>&amp;Сотрудники…</translation>
    </message>
    <message>
        <source>demo workspace</source>
        <translation>демо-папка</translation>
    </message>
    <message>
        <source>team book %1</source>
        <translation>общая книга %1</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Сверка</translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation with %1: %n mismatch(es) open, waiting for a person.</source>
        <translation>
            <numerusform>Сверка с %1: открыто %n расхождение, ждёт человека.</numerusform>
            <numerusform>Сверка с %1: открыто %n расхождения, ждут человека.</numerusform>
            <numerusform>Сверка с %1: открыто %n расхождений, ждут человека.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconciliation mismatch</source>
        <translation>Расхождение при сверке</translation>
    </message>
    <message>
        <source>&amp;Reconciliation</source>
        <translation>С&amp;верка</translation>
    </message>
</context>
<context>
    <name>pd::Manifest</name>
    <message>
        <source>The manifest is not a JSON object: %1</source>
        <translation>Манифест — не объект JSON: %1</translation>
    </message>
    <message>
        <source>The manifest&apos;s type must be &quot;payout&quot;.</source>
        <translation>Тип манифеста должен быть «payout».</translation>
    </message>
    <message>
        <source>The manifest needs a name and a title.</source>
        <translation>Манифесту нужны имя и заголовок.</translation>
    </message>
    <message>
        <source>poll_interval_seconds must be at least 5.</source>
        <translation>poll_interval_seconds должен быть не меньше 5.</translation>
    </message>
    <message>
        <source>required_config.%1 must be 1 (shown) or 2 (secret).</source>
        <translation>required_config.%1 должен быть 1 (видимый) или 2 (секрет).</translation>
    </message>
    <message>
        <source>Cannot read the manifest %1.</source>
        <translation>Не удаётся прочитать манифест %1.</translation>
    </message>
</context>
<context>
    <name>pd::MerchantCommand</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>Ничего не отправлено.</translation>
    </message>
    <message>
        <source>Created order UID %1 (%2): %3, pays %4 %5 for %6 %7.</source>
        <translation>Создана заявка UID %1 (%2): %3, платит %4 %5 за %6 %7.</translation>
    </message>
    <message>
        <source>Give http(s) addresses, e.g. https://www.kryptoswap.io</source>
        <translation>Укажите адреса http(s), например https://www.kryptoswap.io</translation>
    </message>
    <message>
        <source>The exchange site is %1.</source>
        <translation>Сайт обменника: %1.</translation>
    </message>
    <message>
        <source>Which secret: &quot;ipn&quot; (the desk&apos;s IPN secret) or &quot;token&quot; (the exchange site&apos;s API token).</source>
        <translation>Какой секрет: «ipn» (IPN-секрет рабочего места) или «token» (API-токен сайта обменника).</translation>
    </message>
    <message>
        <source>Nothing came on standard input; nothing was stored.</source>
        <translation>Со стандартного ввода ничего не пришло; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The IPN secret is in the keychain.</source>
        <translation>IPN-секрет в хранилище ключей.</translation>
    </message>
    <message>
        <source>The exchange site&apos;s API token is in the keychain.</source>
        <translation>API-токен сайта обменника в хранилище ключей.</translation>
    </message>
</context>
<context>
    <name>pd::MismatchModel</name>
    <message>
        <source>At the provider, not in the desk</source>
        <translation>У провайдера, но не в PayoutDesk</translation>
    </message>
    <message>
        <source>Paid in the desk, not at the provider</source>
        <translation>Выплачено в PayoutDesk, но нет у провайдера</translation>
    </message>
    <message>
        <source>Another amount</source>
        <translation>Другая сумма</translation>
    </message>
    <message>
        <source>Another currency</source>
        <translation>Другая валюта</translation>
    </message>
    <message>
        <source>Another destination</source>
        <translation>Другой получатель</translation>
    </message>
    <message>
        <source>More than one payout for the order</source>
        <translation>Больше одной выплаты по заявке</translation>
    </message>
    <message>
        <source>The outcomes disagree</source>
        <translation>Исходы не совпадают</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Resolved by %1, %2: %3</source>
        <translation>Закрыто: %1, %2: %3</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>In the desk</source>
        <translation>В PayoutDesk</translation>
    </message>
    <message>
        <source>At the provider</source>
        <translation>У провайдера</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>pd::NewOrderDialog</name>
    <message>
        <source>New order on the exchange site</source>
        <translation>Новая заявка на сайте обменника</translation>
    </message>
    <message>
        <source>the direction&apos;s 24-character id</source>
        <translation>24-символьный id направления</translation>
    </message>
    <message>
        <source>what the client pays, e.g. 0.015</source>
        <translation>сколько платит клиент, например 0.015</translation>
    </message>
    <message>
        <source>The client accepts the exchange&apos;s terms</source>
        <translation>Клиент принимает условия обмена</translation>
    </message>
    <message>
        <source>Hide the recipient&apos;s details from the client&apos;s page</source>
        <translation>Скрыть реквизиты получателя на странице клиента</translation>
    </message>
    <message>
        <source>optional: where this order&apos;s IPNs go</source>
        <translation>необязательно: куда идут IPN этой заявки</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Новый секрет</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнёр:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Client&apos;s details (fromValues):</source>
        <translation>Реквизиты клиента (fromValues):</translation>
    </message>
    <message>
        <source>&amp;Recipient (toValues):</source>
        <translation>&amp;Получатель (toValues):</translation>
    </message>
    <message>
        <source>Direction&apos;s details (routeValues):</source>
        <translation>Параметры направления (routeValues):</translation>
    </message>
    <message>
        <source>Client returns to:</source>
        <translation>Клиент возвращается на:</translation>
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
        <translation>Создать заявку</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Asking the exchange site…</source>
        <translation>Запрос к сайту обменника…</translation>
    </message>
</context>
<context>
    <name>pd::Order</name>
    <message>
        <source>The order id &quot;%1&quot; is not a 24-character hexadecimal ObjectId.</source>
        <translation>Id заявки «%1» — не 24-символьный шестнадцатеричный ObjectId.</translation>
    </message>
    <message>
        <source>The order UID must be a positive number.</source>
        <translation>UID заявки должен быть положительным числом.</translation>
    </message>
    <message>
        <source>The %1 currency &quot;%2&quot; is not a known XML code.</source>
        <translation>Валюта (%1) «%2» — неизвестный XML-код.</translation>
    </message>
    <message>
        <source>The %1 amount %2 has more decimals than %3 allows (%4).</source>
        <translation>В сумме (%1) %2 больше знаков после точки, чем позволяет %3 (%4).</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>входящая</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>исходящая</translation>
    </message>
    <message>
        <source>The order has no creation time.</source>
        <translation>У заявки нет времени создания.</translation>
    </message>
    <message>
        <source>A recipient field has no key.</source>
        <translation>У поля получателя нет ключа.</translation>
    </message>
    <message>
        <source>The %1 amount %2 is not positive.</source>
        <translation>%1 сумма %2 не положительная.</translation>
    </message>
    <message>
        <source>The %1 amount %2 is above the book&apos;s maximum of %3.</source>
        <translation>%1 сумма %2 больше максимума книги — %3.</translation>
    </message>
    <message>
        <source>The recipient field &quot;%1&quot; holds a control character or text that is not valid Unicode.</source>
        <translation>Поле получателя «%1» содержит управляющий символ или текст, который не является корректным Unicode.</translation>
    </message>
</context>
<context>
    <name>pd::OrderBookDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>&amp;Use this book</source>
        <translation>&amp;Использовать эту книгу</translation>
    </message>
    <message>
        <source>&amp;Move this desk&apos;s book there…</source>
        <translation>&amp;Перенести туда книгу этого места…</translation>
    </message>
    <message>
        <source>Back to this folder&apos;s SQLite book</source>
        <translation>Вернуться к SQLite-книге этой папки</translation>
    </message>
    <message>
        <source>Order book</source>
        <translation>Книга заявок</translation>
    </message>
    <message>
        <source>From the keychain (or PGPASSWORD / ~/.pgpass) when empty</source>
        <translation>Из хранилища ключей (или PGPASSWORD / ~/.pgpass), если пусто</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Rows here</source>
        <translation>Строк здесь</translation>
    </message>
    <message>
        <source>Rows there</source>
        <translation>Строк там</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Совпадает</translation>
    </message>
    <message>
        <source>This desk&apos;s book:</source>
        <translation>Книга этого места:</translation>
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
        <translation>Командный режим: несколько рабочих мест работают с одной книгой заявок в PostgreSQL. Место открывает выбранную здесь книгу со следующего запуска; перенос копирует каждую заявку, запись истории и попытку выплаты в пустую базу, целиком или никак, и проверяет каждую таблицу с обеих сторон.</translation>
    </message>
    <message>
        <source>Back to SQLite</source>
        <translation>Вернуться к SQLite</translation>
    </message>
    <message>
        <source>From its next start this desk opens the SQLite book in its folder again. Nothing is copied back from PostgreSQL.</source>
        <translation>Со следующего запуска это место снова откроет SQLite-книгу в своей папке. Из PostgreSQL ничего не копируется обратно.</translation>
    </message>
    <message>
        <source>From the next start this desk uses the SQLite book in %1.</source>
        <translation>Со следующего запуска это место использует SQLite-книгу в %1.</translation>
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
        <translation>Со следующего запуска: SQLite-книга в этой папке.</translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation>Со следующего запуска: %1</translation>
    </message>
    <message>
        <source>An order book address looks like postgresql://user@host:5432/database.</source>
        <translation>Адрес книги заявок выглядит так: postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Use this book</source>
        <translation>Использовать эту книгу</translation>
    </message>
    <message>
        <source>From its next start this desk opens the order book at %1 instead of the one it uses now. Nothing is copied.</source>
        <translation>Со следующего запуска это место откроет книгу заявок %1 вместо текущей. Ничего не копируется.</translation>
    </message>
    <message>
        <source>From the next start this desk uses the order book at %1. Restart PayoutDesk to open it.</source>
        <translation>Со следующего запуска это место использует книгу заявок %1. Перезапустите PayoutDesk, чтобы открыть её.</translation>
    </message>
    <message>
        <source>Move the order book</source>
        <translation>Перенос книги заявок</translation>
    </message>
    <message>
        <source>Every order, history entry, payout attempt and setting of this desk&apos;s book is copied into the empty database at %1, all or nothing, and then checked table by table. From its next start this desk uses that book; its SQLite file stays as it is. Pay nothing on this desk until it has restarted.</source>
        <translation>Каждая заявка, запись истории, попытка выплаты и настройка книги этого места копируется в пустую базу %1, целиком или никак, а затем проверяется таблица за таблицей. Со следующего запуска это место использует ту книгу; его файл SQLite остаётся как есть. Ничего не выплачивайте с этого места до перезапуска.</translation>
    </message>
    <message>
        <source>Moving the order book…</source>
        <translation>Перенос книги заявок…</translation>
    </message>
    <message>
        <source>Moving %1: %2 of %3 rows</source>
        <translation>Перенос %1: %2 из %3 строк</translation>
    </message>
    <message>
        <source>Moved: every table matches. From the next start this desk uses the order book at %1; restart PayoutDesk now.</source>
        <translation>Перенесено: все таблицы совпадают. Со следующего запуска это место использует книгу заявок %1; перезапустите PayoutDesk сейчас.</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Не перенесено: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>НЕТ</translation>
    </message>
</context>
<context>
    <name>pd::OrderBookService</name>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>Не удаётся подключиться к %1.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: PostgreSQL %1, an order book with %n order(s).</source>
        <translation>
            <numerusform>Подключено: PostgreSQL %1, книга заявок с %n заявкой.</numerusform>
            <numerusform>Подключено: PostgreSQL %1, книга заявок с %n заявками.</numerusform>
            <numerusform>Подключено: PostgreSQL %1, книга заявок с %n заявками.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1, an empty database (a move can go there).</source>
        <translation>Подключено: PostgreSQL %1, пустая база (можно перенести туда).</translation>
    </message>
    <message>
        <source>This desk&apos;s book is on PostgreSQL already.</source>
        <translation>Книга этого рабочего места уже на PostgreSQL.</translation>
    </message>
    <message>
        <source>The move did not finish.</source>
        <translation>Перенос не завершился.</translation>
    </message>
</context>
<context>
    <name>pd::OrderCreator</name>
    <message>
        <source>The exchange site&apos;s API address is not set (Settings, &quot;%1&quot;).</source>
        <translation>API-адрес сайта обменника не задан (Настройки, «%1»).</translation>
    </message>
    <message>
        <source>No API token for the exchange site in the keychain: %1</source>
        <translation>В хранилище ключей нет API-токена сайта обменника: %1</translation>
    </message>
    <message>
        <source>Created through the desk on the exchange site (route %1).</source>
        <translation>Создана через рабочее место на сайте обменника (направление %1).</translation>
    </message>
    <message>
        <source>The exchange site created order %1 (UID %2), but the desk could not store it: %3</source>
        <translation>Сайт обменника создал заявку %1 (UID %2), но рабочее место не смогло её сохранить: %3</translation>
    </message>
    <message>
        <source>Order UID %1 created on the exchange site.</source>
        <translation>Заявка UID %1 создана на сайте обменника.</translation>
    </message>
    <message>
        <source>Order UID %1 was created, but its IPN secret could not be kept in the keychain (its IPNs cannot be signed): %2</source>
        <translation>Заявка UID %1 создана, но её IPN-секрет не удалось сохранить в хранилище ключей (её IPN нельзя подписать): %2</translation>
    </message>
    <message>
        <source>The exchange site answered with order %1 (UID %2), which the desk refuses: %3</source>
        <translation>Сайт обменника ответил заявкой %1 (UID %2), которую рабочее место отклоняет: %3</translation>
    </message>
</context>
<context>
    <name>pd::OrderDialog</name>
    <message>
        <source>The order %1 is no longer in the book.</source>
        <translation>Заявки %1 больше нет в книге.</translation>
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
        <translation>Клиент платит:</translation>
    </message>
    <message>
        <source>Payout:</source>
        <translation>Выплата:</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Партнёр:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создана:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Изменена:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>No recipient details.</source>
        <translation>Реквизитов получателя нет.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>IPNs sent by the desk</source>
        <translation>IPN, отправленные рабочим местом</translation>
    </message>
    <message>
        <source>Copy order id</source>
        <translation>Копировать id заявки</translation>
    </message>
    <message>
        <source>Copy UID</source>
        <translation>Копировать UID</translation>
    </message>
    <message>
        <source>Accept the new recipient</source>
        <translation>Принять нового получателя</translation>
    </message>
    <message>
        <source>Keep the pinned recipient</source>
        <translation>Оставить закреплённого получателя</translation>
    </message>
    <message>
        <source>Why is the recipient the site sent the right one? (kept in the order&apos;s history)</source>
        <translation>Почему получатель от сайта верный? (сохраняется в истории заявки)</translation>
    </message>
    <message>
        <source>Why is the new recipient refused? (kept in the order&apos;s history)</source>
        <translation>Почему новый получатель отклонён? (сохраняется в истории заявки)</translation>
    </message>
    <message>
        <source>Another recipient sent by the exchange site</source>
        <translation>Другой получатель от сайта обменника</translation>
    </message>
    <message>
        <source>An IPN named another recipient on %1. The checksum does not cover the recipient, so it is not taken on its word: the order is paid to neither until a staff member accepts it or keeps the pinned one above.</source>
        <translation>IPN указал другого получателя %1. Контрольная сумма не покрывает получателя, поэтому ему не верят на слово: заявка не выплачивается ни одному, пока сотрудник не примет его или не оставит закреплённого выше.</translation>
    </message>
    <message>
        <source>Accept the new recipient…</source>
        <translation>Принять нового получателя…</translation>
    </message>
    <message>
        <source>Keep the pinned recipient…</source>
        <translation>Оставить закреплённого получателя…</translation>
    </message>
    <message>
        <source>The exchange site says &quot;%1&quot;, which cannot follow &quot;%2&quot;: not applied. Check the order with the exchange.</source>
        <translation>Сайт обменника сообщает «%1», но это не может следовать за «%2»: не применено. Сверьте заявку с обменником.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <source>Reading the order…</source>
        <translation>Заявка читается…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Отложить…</translation>
    </message>
    <message>
        <source>Release hold…</source>
        <translation>Снять с удержания…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Retry…</source>
        <translation>Повторить…</translation>
    </message>
    <message>
        <source>Mark paid manually…</source>
        <translation>Отметить выплаченной вручную…</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копировать: %1</translation>
    </message>
</context>
<context>
    <name>pd::OrderImporter</name>
    <message>
        <source>Order %1 (UID %2) appears twice in the file.</source>
        <translation>Заявка %1 (UID %2) встречается в файле дважды.</translation>
    </message>
    <message>
        <source>Order %1 (UID %2) is already in the book.</source>
        <translation>Заявка %1 (UID %2) уже есть в книге.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Import refused: %1 problem(s), the first at line %2.</source>
        <translation>Загрузка отклонена: проблем — %1, первая в строке %2.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Загружена из %1</translation>
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
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Copy the whole recipient</source>
        <translation>Скопировать получателя целиком</translation>
    </message>
</context>
<context>
    <name>pd::OrderRecord</name>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Неизвестное поле «%1».</translation>
    </message>
    <message>
        <source>The UID &quot;%1&quot; is not a number.</source>
        <translation>UID «%1» — не число.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Неизвестный статус «%1».</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>toValues must be a JSON array of {key, name, value}.</source>
        <translation>toValues должен быть JSON-массивом из {key, name, value}.</translation>
    </message>
    <message>
        <source>createdAt &quot;%1&quot; is neither ISO 8601 with a zone nor unix milliseconds.</source>
        <translation>createdAt «%1» — ни ISO 8601 с поясом, ни миллисекунды unix.</translation>
    </message>
    <message>
        <source>updatedAt &quot;%1&quot; is neither ISO 8601 with a zone nor unix milliseconds.</source>
        <translation>updatedAt «%1» — ни ISO 8601 с поясом, ни миллисекунды unix.</translation>
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
        <translation>Не JSON-объект заявки: %1.</translation>
    </message>
    <message>
        <source>Each element must be an order object.</source>
        <translation>Каждый элемент должен быть объектом заявки.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 длиннее %2 символов.</translation>
    </message>
    <message>
        <source>The JSON array is not closed.</source>
        <translation>JSON-массив не закрыт.</translation>
    </message>
    <message>
        <source>An element of the JSON array is empty.</source>
        <translation>Элемент JSON-массива пуст.</translation>
    </message>
    <message>
        <source>An order is longer than %1 bytes.</source>
        <translation>Заявка длиннее %1 байт.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The line is not UTF-8 text.</source>
        <translation>Строка — не текст в UTF-8.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>Полей: %1, а в заголовке %2.</translation>
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
        <translation>Создана</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Client pays</source>
        <translation>Клиент платит</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Выплата</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменена</translation>
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
        <translation>Не удаётся прочитать книгу заявок: %1</translation>
    </message>
    <message>
        <source>Search by UID, order id or recipient (Ctrl+F)</source>
        <translation>Поиск по UID, id заявки или получателю (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Все валюты</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Даты…</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>Созданы не раньше</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>Созданы не позже</translation>
    </message>
    <message>
        <source>No orders in the book yet. They arrive from the exchange site (IPN), or with File → New order (Ctrl+N) or File → Import orders.</source>
        <translation>В книге пока нет заявок. Они приходят с сайта обменника (IPN) или через Файл → Новая заявка (Ctrl+N) и Файл → Загрузить заявки.</translation>
    </message>
    <message>
        <source>No order matches these filters. Clear filters (Ctrl+Shift+L) to see every order.</source>
        <translation>Ни одна заявка не подходит под эти фильтры. Сбросьте фильтры (Ctrl+Shift+L), чтобы увидеть все заявки.</translation>
    </message>
    <message>
        <source>Several…</source>
        <translation>Несколько…</translation>
    </message>
    <message>
        <source>Tick several statuses to see their orders together</source>
        <translation>Отметьте несколько статусов, чтобы видеть их заявки вместе</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n статус</numerusform>
            <numerusform>%n статуса</numerusform>
            <numerusform>%n статусов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::PaymentLinks</name>
    <message>
        <source>The order has no secret: it was not created through the exchange site&apos;s merchant API.</source>
        <translation>У заявки нет секрета: она создана не через мерчант-API сайта обменника.</translation>
    </message>
    <message>
        <source>Set the exchange site&apos;s address under Settings to get the client&apos;s links.</source>
        <translation>Задайте адрес сайта обменника в настройках, чтобы получить ссылки для клиента.</translation>
    </message>
</context>
<context>
    <name>pd::PayoutCommand</name>
    <message>
        <source>No order &quot;%1&quot;.</source>
        <translation>Заявки «%1» нет.</translation>
    </message>
    <message>
        <source>Order %1 (UID %2): %3</source>
        <translation>Заявка %1 (UID %2): %3</translation>
    </message>
    <message>
        <source>Asked the providers about %1 open payout(s).</source>
        <translation>Провайдеры опрошены об открытых выплатах: %1.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Не удаётся слушать %1: %2</translation>
    </message>
    <message>
        <source>This desk now polls the open payouts of %1.</source>
        <translation>Теперь это рабочее место опрашивает открытые выплаты %1.</translation>
    </message>
    <message>
        <source>No provider pays out %1: choose one with --provider, or as the currency&apos;s default (setting payout.default.%1).</source>
        <translation>Ни один провайдер не выплачивает %1: выберите его через --provider или как провайдера валюты по умолчанию (настройка payout.default.%1).</translation>
    </message>
    <message>
        <source>%1 payout(s): %2 paid, %3 pending at the provider, %4 already paid by another desk, %5 awaiting a second approval, %6 not paid.</source>
        <translation>Выплат: %1; выплачено %2, ждут у провайдера %3, уже выплачено другим рабочим местом %4, ждут второго одобрения %5, не выплачено %6.</translation>
    </message>
    <message>
        <source>Listening on %1:%2 (%3) for provider webhooks (POST /webhook/&lt;provider&gt;) and the exchange&apos;s IPNs (POST /ipn); polling open payouts. Ctrl+C stops.</source>
        <translation>Слушаю %1:%2 (%3): вебхуки провайдеров (POST /webhook/&lt;provider&gt;) и IPN обменника (POST /ipn); опрашиваю открытые выплаты. Ctrl+C — стоп.</translation>
    </message>
    <message>
        <source>A %1 may not change payouts.</source>
        <translation>%1 не может менять выплаты.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
</context>
<context>
    <name>pd::PayoutEngine</name>
    <message>
        <source>%1 is not configured: %2 missing.</source>
        <translation>%1 не настроен: нет %2.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 выключен.</translation>
    </message>
    <message>
        <source>Cancelled before it started: nothing was sent.</source>
        <translation>Отменено до начала: ничего не отправлено.</translation>
    </message>
    <message>
        <source>The order is &quot;%1&quot;, not waiting for a payout.</source>
        <translation>Заявка в статусе «%1» и не ждёт выплаты.</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>Такой заявки нет.</translation>
    </message>
    <message>
        <source>The payout currency %1 is not known.</source>
        <translation>Валюта выплаты %1 неизвестна.</translation>
    </message>
    <message>
        <source>%1 does not pay out %2.</source>
        <translation>%1 не выплачивает %2.</translation>
    </message>
    <message>
        <source>Recipient refused, nothing was sent: %1</source>
        <translation>Получатель отклонён, ничего не отправлено: %1</translation>
    </message>
    <message>
        <source>The balance could not be checked, nothing was sent: %1</source>
        <translation>Баланс не удалось проверить, ничего не отправлено: %1</translation>
    </message>
    <message>
        <source>Too little balance at %1: %2 %3 available, %4 needed. Nothing was sent.</source>
        <translation>Мало средств у %1: доступно %2 %3, нужно %4. Ничего не отправлено.</translation>
    </message>
    <message>
        <source>Paid: transaction %1.</source>
        <translation>Выплачено: транзакция %1.</translation>
    </message>
    <message>
        <source>Accepted, waiting for the provider: transaction %1.</source>
        <translation>Принято, ждём провайдера: транзакция %1.</translation>
    </message>
    <message>
        <source>No clear answer (%1): the payout will be looked up by its reference %2, never sent again on its own.</source>
        <translation>Нет ясного ответа (%1): выплату будут искать по её референсу %2 и никогда не отправят снова сами по себе.</translation>
    </message>
    <message>
        <source>Refused by the provider: %1</source>
        <translation>Отклонено провайдером: %1</translation>
    </message>
    <message>
        <source>The provider confirms the payout (%1).</source>
        <translation>Провайдер подтверждает выплату (%1).</translation>
    </message>
    <message>
        <source>The provider says the payout failed (%1).</source>
        <translation>Провайдер сообщает, что выплата не удалась (%1).</translation>
    </message>
    <message>
        <source>The provider wants a person to look at this payout: %1</source>
        <translation>Провайдер просит, чтобы на эту выплату посмотрел человек: %1</translation>
    </message>
    <message>
        <source>The provider has the payout and is processing it.</source>
        <translation>Выплата у провайдера, он её обрабатывает.</translation>
    </message>
    <message>
        <source>Sent again with the same reference %1, as the provider allows: paid, transaction %2.</source>
        <translation>Отправлено повторно с тем же референсом %1, как допускает провайдер: выплачено, транзакция %2.</translation>
    </message>
    <message>
        <source>Sent again with the same reference %1, as the provider allows: accepted, transaction %2.</source>
        <translation>Отправлено повторно с тем же референсом %1, как допускает провайдер: принято, транзакция %2.</translation>
    </message>
    <message>
        <source>Sent again with the same reference %1, as the provider allows: %2. It stays unknown.</source>
        <translation>Отправлено повторно с тем же референсом %1, как допускает провайдер: %2. Исход по-прежнему неизвестен.</translation>
    </message>
</context>
<context>
    <name>pd::PayoutLimits</name>
    <message>
        <source>A count limit is a whole number, 0 or more.</source>
        <translation>Лимит количества — целое число от 0.</translation>
    </message>
    <message>
        <source>An amount limit is a decimal amount, 0 or more.</source>
        <translation>Лимит суммы — десятичная сумма от 0.</translation>
    </message>
    <message>
        <source>The payout limits cannot be read: %1</source>
        <translation>Не удаётся прочитать лимиты выплат: %1</translation>
    </message>
    <message>
        <source>The payouts so far cannot be read: %1</source>
        <translation>Не удаётся прочитать уже сделанные выплаты: %1</translation>
    </message>
    <message>
        <source>Below the minimum payout of %1 %2 through %3.</source>
        <translation>Меньше минимальной выплаты %1 %2 через %3.</translation>
    </message>
    <message>
        <source>Above the maximum payout of %1 %2 through %3: a person pays it another way or raises the limit.</source>
        <translation>Больше максимальной выплаты %1 %2 через %3: человек выплачивает её иначе или повышает лимит.</translation>
    </message>
    <message>
        <source>Over today&apos;s limit of %1 %2 through %3 (%4 already sent today, UTC).</source>
        <translation>Сверх дневного лимита %1 %2 через %3 (сегодня уже отправлено %4, UTC).</translation>
    </message>
    <message>
        <source>Over this month&apos;s limit of %1 %2 through %3 (%4 already sent this month, UTC).</source>
        <translation>Сверх месячного лимита %1 %2 через %3 (в этом месяце уже отправлено %4, UTC).</translation>
    </message>
    <message>
        <source>Over today&apos;s limit of %1 payouts in %2 through %3.</source>
        <translation>Сверх дневного лимита в %1 выплат в %2 через %3.</translation>
    </message>
    <message>
        <source>Over this month&apos;s limit of %1 payouts in %2 through %3.</source>
        <translation>Сверх месячного лимита в %1 выплат в %2 через %3.</translation>
    </message>
    <message>
        <source>A second approval is needed per currency, whichever provider pays.</source>
        <translation>Второе одобрение задаётся для валюты, какой бы провайдер ни платил.</translation>
    </message>
    <message>
        <source>This limit is set per provider.</source>
        <translation>Этот лимит задаётся для провайдера.</translation>
    </message>
</context>
<context>
    <name>pd::PayoutPoller</name>
    <message>
        <source>Still unresolved after %1 checks with the provider: needs a person.</source>
        <translation>Не решено после %1 проверок у провайдера: нужен человек.</translation>
    </message>
</context>
<context>
    <name>pd::PayoutQueueModel</name>
    <message>
        <source>awaiting the provider</source>
        <translation>ждёт провайдера</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>outcome unknown: checking with the provider</source>
        <translation>исход неизвестен: проверяется у провайдера</translation>
    </message>
    <message>
        <source>needs attention: the provider does not know it</source>
        <translation>требует внимания: провайдер её не знает</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не удалась</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>выплачена</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
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
        <translation>загрузка…</translation>
    </message>
    <message>
        <source>Not covered by the reserve: %1 %2 left at %3 after the payouts above it in the queue. Approve will refuse it.</source>
        <translation>Резерв не покрывает: у %3 остаётся %1 %2 после выплат выше в очереди. Одобрение её не отправит.</translation>
    </message>
    <message>
        <source>%1 (pinned) · %2 (sent later by the site)</source>
        <translation>%1 (закреплён) · %2 (прислан сайтом позже)</translation>
    </message>
    <message>
        <source>The exchange site sent another recipient for this order. It is paid to neither until a staff member accepts the new one or keeps the pinned one, in the order&apos;s window.</source>
        <translation>Сайт обменника прислал для этой заявки другого получателя. Выплаты нет ни одному, пока сотрудник не примет нового или не оставит закреплённого — в окне заявки.</translation>
    </message>
    <message numerus="yes">
        <source>This recipient is on %n different orders: take a look before paying.</source>
        <translation>
            <numerusform>Этот получатель указан в %n разной заявке: посмотрите перед выплатой.</numerusform>
            <numerusform>Этот получатель указан в %n разных заявках: посмотрите перед выплатой.</numerusform>
            <numerusform>Этот получатель указан в %n разных заявках: посмотрите перед выплатой.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to choose another provider for this payout.</source>
        <translation>Дважды щёлкните, чтобы выбрать другого провайдера для этой выплаты.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>№%1 %2</translation>
    </message>
    <message>
        <source>Attempt %1 through %2, %3: %4</source>
        <translation>Попытка %1 через %2, %3: %4</translation>
    </message>
    <message>
        <source>approved by %1, awaiting a second approval</source>
        <translation>одобрил(а) %1, ждёт второго одобрения</translation>
    </message>
    <message>
        <source>You approved this payout: another staff member must approve it too before it is sent.</source>
        <translation>Вы одобрили эту выплату: до отправки её должен одобрить ещё один сотрудник.</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Последняя попытка</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Одобрения</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>No provider pays %1: set one up in the Providers tab.</source>
        <translation>Ни один провайдер не выплачивает %1: настройте его на вкладке «Провайдеры».</translation>
    </message>
</context>
<context>
    <name>pd::PayoutQueuePage</name>
    <message>
        <source>Approve…</source>
        <translation>Одобрить…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>no provider pays %1</source>
        <translation>никто не выплачивает %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>Select orders that wait for a payout (payout queued) first.</source>
        <translation>Сначала выберите заявки, ждущие выплаты (в очереди на выплату).</translation>
    </message>
    <message>
        <source>Sending payouts…</source>
        <translation>Отправка выплат…</translation>
    </message>
    <message>
        <source>Cancel the rest</source>
        <translation>Отменить остальные</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Выплаты</translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s) awaiting a second approval by another staff member.</source>
        <translation>
            <numerusform>%n выплата ждёт второго одобрения другим сотрудником.</numerusform>
            <numerusform>%n выплаты ждут второго одобрения другим сотрудником.</numerusform>
            <numerusform>%n выплат ждут второго одобрения другим сотрудником.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Одобрить…</translation>
    </message>
    <message>
        <source>Pay the selected orders (%1)</source>
        <translation>Выплатить выбранные заявки (%1)</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>О&amp;тложить…</translation>
    </message>
    <message>
        <source>Re&amp;lease hold…</source>
        <translation>Сн&amp;ять с удержания…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>Откл&amp;онить…</translation>
    </message>
    <message>
        <source>Re&amp;try…</source>
        <translation>Повто&amp;рить…</translation>
    </message>
    <message>
        <source>&amp;Mark paid manually…</source>
        <translation>Отметить в&amp;ыплаченной вручную…</translation>
    </message>
    <message>
        <source>Search UID, order id or recipient</source>
        <translation>Поиск по UID, id заявки или получателю</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation>
            <numerusform>Показана %n заявка</numerusform>
            <numerusform>Показано %n заявки</numerusform>
            <numerusform>Показано %n заявок</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue cannot be read: %1</source>
        <translation>Очередь не читается: %1</translation>
    </message>
    <message>
        <source>Whole queue</source>
        <translation>Вся очередь</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Ждёт одобрения</translation>
    </message>
    <message>
        <source>Payout failed</source>
        <translation>Выплата не удалась</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Отложенные</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Все валюты</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Все провайдеры</translation>
    </message>
    <message>
        <source>Select orders to act on them; double-click or Enter opens one.</source>
        <translation>Выберите заявки, чтобы действовать; двойной щелчок или Enter открывает заявку.</translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n order(s) · %1</source>
        <translation>
            <numerusform>Выбрана %n заявка · %1</numerusform>
            <numerusform>Выбрано %n заявки · %1</numerusform>
            <numerusform>Выбрано %n заявок · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>on hold: release it first</source>
        <translation>отложена: сначала снимите удержание</translation>
    </message>
    <message>
        <source>its last payout failed: retry it first</source>
        <translation>последняя выплата не удалась: сначала повторите</translation>
    </message>
    <message>
        <source>no longer waiting for its payout</source>
        <translation>уже не ждёт выплаты</translation>
    </message>
    <message>
        <source>a payout of it is already on its way or its outcome is not known yet</source>
        <translation>её выплата уже в пути или её исход ещё неизвестен</translation>
    </message>
    <message>
        <source>the site sent another recipient: decide in the order&apos;s window first</source>
        <translation>сайт прислал другого получателя: сначала решите в окне заявки</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None of the selected orders can be sent now:</source>
        <translation>Ни одну из выбранных заявок сейчас нельзя отправить:</translation>
    </message>
    <message>
        <source>%1 of %2 paid.</source>
        <translation>Выплачено %1 из %2.</translation>
    </message>
    <message>
        <source>Select orders on hold first.</source>
        <translation>Сначала выберите отложенные заявки.</translation>
    </message>
    <message>
        <source>Select orders whose payout failed first.</source>
        <translation>Сначала выберите заявки с неудачной выплатой.</translation>
    </message>
    <message>
        <source>Select orders in the payout queue first.</source>
        <translation>Сначала выберите заявки в очереди выплат.</translation>
    </message>
</context>
<context>
    <name>pd::Provider</name>
    <message>
        <source>The statement runs past %1 pages: stopped rather than read it in part.</source>
        <translation>Выписка длиннее %1 страниц: чтение остановлено, чтобы не взять её частично.</translation>
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
        <translation>API-адрес</translation>
    </message>
    <message>
        <source>Enabled: payouts may be sent through this provider</source>
        <translation>Включён: выплаты можно отправлять через этого провайдера</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить соединение</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 Payout&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Выплаты %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Supported currencies: %1</source>
        <translation>Поддерживаемые валюты: %1</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Type the new secret</source>
        <translation>Введите новый секрет</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Debug log?</source>
        <translation>Журнал отладки?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Public IP and webhook URL</source>
        <translation>Публичный IP и URL вебхука</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>URL вебхука:</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Публичный адрес:</translation>
    </message>
    <message>
        <source>not configured (Settings → Listener)</source>
        <translation>не настроено (Настройки → Приёмник)</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain</source>
        <translation>Секрет хранится в хранилище ключей</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задан</translation>
    </message>
    <message>
        <source>Type the secret first.</source>
        <translation>Сначала введите секрет.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Сохранение в хранилище ключей…</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Сохранено в хранилище ключей.</translation>
    </message>
    <message>
        <source>Remove secret</source>
        <translation>Удалить секрет</translation>
    </message>
    <message>
        <source>Remove %1 of %2 from the keychain? Payouts through %2 stop until a new one is saved.</source>
        <translation>Удалить %1 провайдера %2 из хранилища ключей? Выплаты через %2 прекратятся, пока не будет сохранён новый.</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>Удалено из хранилища ключей.</translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>Выключен.</translation>
    </message>
    <message>
        <source>Not configured yet: %1.</source>
        <translation>Ещё не настроен: %1.</translation>
    </message>
    <message>
        <source>Enabled.</source>
        <translation>Включён.</translation>
    </message>
    <message>
        <source>Stays disabled: %1</source>
        <translation>Остаётся выключенным: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Connected. Balance: %1</source>
        <translation>Подключено. Баланс: %1</translation>
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
        <translation>API-ключ выплат</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (необязательно):</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The provider&apos;s settings cannot be read: %1</source>
        <translation>Настройки провайдера не читаются: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>pd::ProviderProblem</name>
    <message>
        <source>The balance at %1 does not cover this payout. Top it up, then approve again.</source>
        <translation>Баланса у %1 не хватает на эту выплату. Пополните его, затем одобрите снова.</translation>
    </message>
    <message>
        <source>%1 refuses the recipient&apos;s address. Check it with the client before paying again.</source>
        <translation>%1 отклоняет адрес получателя. Сверьте его с клиентом, прежде чем платить снова.</translation>
    </message>
    <message>
        <source>The amount is below %1&apos;s minimum for this currency and network.</source>
        <translation>Сумма ниже минимума %1 для этой валюты и сети.</translation>
    </message>
    <message>
        <source>The amount is above %1&apos;s limit for this account (per payout, per day or per month).</source>
        <translation>Сумма превышает лимит %1 для этого аккаунта (на выплату, в день или в месяц).</translation>
    </message>
    <message>
        <source>%1 is limiting how often the desk may call it; nothing was sent. Try again in %2 s.</source>
        <translation>%1 ограничивает частоту запросов рабочего места; ничего не отправлено. Повторите через %2 с.</translation>
    </message>
    <message>
        <source>%1 is limiting how often the desk may call it; nothing was sent. Try again in a minute.</source>
        <translation>%1 ограничивает частоту запросов рабочего места; ничего не отправлено. Повторите через минуту.</translation>
    </message>
    <message>
        <source>%1 refuses the desk&apos;s signature: check the API key and secret in Settings → Providers.</source>
        <translation>%1 отклоняет подпись рабочего места: проверьте API-ключ и секрет в разделе Настройки → Провайдеры.</translation>
    </message>
    <message>
        <source>%1 refuses the request&apos;s nonce (another program may be using the same API key).</source>
        <translation>%1 отклоняет nonce запроса (возможно, тот же API-ключ использует другая программа).</translation>
    </message>
    <message>
        <source>%1 refuses the request&apos;s time: check this computer&apos;s clock.</source>
        <translation>%1 отклоняет время запроса: проверьте часы этого компьютера.</translation>
    </message>
    <message>
        <source>%1 requires a verification first (KYC, two-factor authentication, a whitelisted address or withdrawal permission for the API key). Finish it in the provider&apos;s account.</source>
        <translation>%1 сначала требует проверки (KYC, двухфакторная аутентификация, адрес в белом списке или право на вывод для API-ключа). Завершите её в аккаунте провайдера.</translation>
    </message>
    <message>
        <source>%1 does not pay out this currency or network now.</source>
        <translation>%1 сейчас не выплачивает в этой валюте или сети.</translation>
    </message>
    <message>
        <source>%1 (%2 says: %3)</source>
        <translation>%1 (ответ %2: %3)</translation>
    </message>
</context>
<context>
    <name>pd::ProviderSettings</name>
    <message>
        <source>%1 is a secret: it is kept in the keychain, never in the order book.</source>
        <translation>%1 — секрет: он хранится в хранилище ключей, а не в книге заявок.</translation>
    </message>
    <message>
        <source>%1 has no setting &quot;%2&quot;.</source>
        <translation>У %1 нет настройки «%2».</translation>
    </message>
    <message>
        <source>%1 set to &quot;%2&quot;</source>
        <translation>%1 = «%2»</translation>
    </message>
    <message>
        <source>%1 stored in the keychain</source>
        <translation>%1 сохранён в хранилище ключей</translation>
    </message>
    <message>
        <source>%1 removed from the keychain</source>
        <translation>%1 удалён из хранилища ключей</translation>
    </message>
</context>
<context>
    <name>pd::ProvidersCommand</name>
    <message>
        <source>enabled</source>
        <translation>включён</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>выключен</translation>
    </message>
    <message>
        <source>currencies: %1</source>
        <translation>валюты: %1</translation>
    </message>
    <message>
        <source>(secret stored in the keychain)</source>
        <translation>(секрет в хранилище ключей)</translation>
    </message>
    <message>
        <source>(secret not set)</source>
        <translation>(секрет не задан)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>не хватает: %1</translation>
    </message>
    <message>
        <source>No provider &quot;%1&quot;. Try: payoutdesk-cli providers list</source>
        <translation>Провайдера «%1» нет. Попробуйте: payoutdesk-cli providers list</translation>
    </message>
    <message>
        <source>%1 is a secret: give it on standard input, not as an argument.</source>
        <translation>%1 — секрет: передайте его через стандартный ввод, а не аргументом.</translation>
    </message>
    <message>
        <source>No secret was given on standard input; nothing changed.</source>
        <translation>Секрет на стандартном вводе не передан; ничего не изменилось.</translation>
    </message>
    <message>
        <source>%1 of %2 is stored in the keychain.</source>
        <translation>%1 провайдера %2 сохранён в хранилище ключей.</translation>
    </message>
    <message>
        <source>Give one value: payoutdesk-cli providers set %1 %2 VALUE</source>
        <translation>Укажите одно значение: payoutdesk-cli providers set %1 %2 VALUE</translation>
    </message>
    <message>
        <source>%1 of %2 is set.</source>
        <translation>%1 провайдера %2 задан.</translation>
    </message>
    <message>
        <source>%1 has no secret &quot;%2&quot;.</source>
        <translation>У %1 нет секрета «%2».</translation>
    </message>
    <message>
        <source>%1 of %2 is removed from the keychain.</source>
        <translation>%1 провайдера %2 удалён из хранилища ключей.</translation>
    </message>
    <message>
        <source>Not configured: %1</source>
        <translation>Не настроен: %1</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>Проверка соединения не удалась: %1</translation>
    </message>
    <message>
        <source>Connected. Balances:</source>
        <translation>Подключено. Балансы:</translation>
    </message>
</context>
<context>
    <name>pd::ProvidersPage</name>
    <message>
        <source>balance unknown: %1</source>
        <translation>баланс неизвестен: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n currencies</source>
        <translation>
            <numerusform>%1
%2 · %n валюта</numerusform>
            <numerusform>%1
%2 · %n валюты</numerusform>
            <numerusform>%1
%2 · %n валют</numerusform>
        </translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>включён</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>выключен</translation>
    </message>
    <message>
        <source>Only an admin changes providers and their secrets.</source>
        <translation>Провайдеров и их секреты меняет только администратор.</translation>
    </message>
    <message>
        <source>The providers&apos; settings cannot be read: %1</source>
        <translation>Настройки провайдеров не читаются: %1</translation>
    </message>
</context>
<context>
    <name>pd::QueueActionDialog</name>
    <message>
        <source>Hold payouts</source>
        <translation>Отложить выплаты</translation>
    </message>
    <message>
        <source>Release held orders</source>
        <translation>Снять удержание с заявок</translation>
    </message>
    <message>
        <source>Reject payouts</source>
        <translation>Отклонить выплаты</translation>
    </message>
    <message>
        <source>Retry failed payouts</source>
        <translation>Повторить неудачные выплаты</translation>
    </message>
    <message>
        <source>Mark paid manually</source>
        <translation>Отметить выплаченными вручную</translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) will not be paid until a staff member releases them.</source>
        <translation>
            <numerusform>Эта %n заявка не будет выплачена, пока сотрудник не снимет удержание.</numerusform>
            <numerusform>Эти %n заявки не будут выплачены, пока сотрудник не снимет удержание.</numerusform>
            <numerusform>Эти %n заявок не будут выплачены, пока сотрудник не снимет удержание.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why are they held?</source>
        <translation>Почему они отложены?</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Отложить</translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) go back to where they were held from; one waiting for its payout can be approved again.</source>
        <translation>
            <numerusform>Эта %n заявка вернётся туда, откуда была отложена; ждущую выплаты можно снова одобрить.</numerusform>
            <numerusform>Эти %n заявки вернутся туда, откуда были отложены; ждущие выплаты можно снова одобрить.</numerusform>
            <numerusform>Эти %n заявок вернутся туда, откуда были отложены; ждущие выплаты можно снова одобрить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Комментарий (необязательно):</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Снять удержание</translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) will not be paid out and are marked returned: the sender is to be refunded. This cannot be undone.</source>
        <translation>
            <numerusform>Эта %n заявка не будет выплачена и отмечается как возврат: отправителю нужно вернуть деньги. Это нельзя отменить.</numerusform>
            <numerusform>Эти %n заявки не будут выплачены и отмечаются как возврат: отправителям нужно вернуть деньги. Это нельзя отменить.</numerusform>
            <numerusform>Эти %n заявок не будут выплачены и отмечаются как возврат: отправителям нужно вернуть деньги. Это нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why are they rejected?</source>
        <translation>Почему они отклонены?</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) go back to the payout queue for a new attempt.</source>
        <translation>
            <numerusform>Эта %n заявка возвращается в очередь выплат для новой попытки.</numerusform>
            <numerusform>Эти %n заявки возвращаются в очередь выплат для новой попытки.</numerusform>
            <numerusform>Эти %n заявок возвращаются в очередь выплат для новой попытки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) were paid outside the desk and are marked paid out. This cannot be undone.</source>
        <translation>
            <numerusform>Эта %n заявка выплачена вне PayoutDesk и отмечается выплаченной. Это нельзя отменить.</numerusform>
            <numerusform>Эти %n заявки выплачены вне PayoutDesk и отмечаются выплаченными. Это нельзя отменить.</numerusform>
            <numerusform>Эти %n заявок выплачены вне PayoutDesk и отмечаются выплаченными. Это нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>External reference (transaction id, receipt number):</source>
        <translation>Внешний номер (id транзакции, номер квитанции):</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Отметить выплаченными</translation>
    </message>
    <message>
        <source>Type the payout&apos;s external reference to go on.</source>
        <translation>Введите внешний номер выплаты, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Type a reason to go on: it is kept in each order&apos;s history.</source>
        <translation>Введите причину, чтобы продолжить: она сохраняется в истории каждой заявки.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s) changed.</source>
        <translation>
            <numerusform>Изменено %1 из %n заявки.</numerusform>
            <numerusform>Изменено %1 из %n заявок.</numerusform>
            <numerusform>Изменено %1 из %n заявок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>pd::QueueActions</name>
    <message>
        <source>The external reference of the payout made outside the desk is required. Nothing was changed.</source>
        <translation>Нужен внешний номер выплаты, сделанной вне PayoutDesk. Ничего не изменено.</translation>
    </message>
    <message>
        <source>A reason is required. Nothing was changed.</source>
        <translation>Нужна причина. Ничего не изменено.</translation>
    </message>
    <message>
        <source>No such order in the book.</source>
        <translation>Такой заявки в книге нет.</translation>
    </message>
    <message>
        <source>Only an order waiting for its payout can be held; this one is &quot;%1&quot;.</source>
        <translation>Отложить можно только заявку, ждущую выплаты; эта — «%1».</translation>
    </message>
    <message>
        <source>A payout of this order is on its way: it can be held once its outcome is known.</source>
        <translation>Выплата по этой заявке в пути: отложить её можно, когда станет известен исход.</translation>
    </message>
    <message>
        <source>Payout held: %1</source>
        <translation>Выплата отложена: %1</translation>
    </message>
    <message>
        <source>Held.</source>
        <translation>Отложена.</translation>
    </message>
    <message>
        <source>The order is not on hold; it is &quot;%1&quot;.</source>
        <translation>Заявка не отложена; она «%1».</translation>
    </message>
    <message>
        <source>Hold released.</source>
        <translation>Удержание снято.</translation>
    </message>
    <message>
        <source>Hold released: %1</source>
        <translation>Удержание снято: %1</translation>
    </message>
    <message>
        <source>Released: &quot;%1&quot; again.</source>
        <translation>Удержание снято: снова «%1».</translation>
    </message>
    <message>
        <source>Only an order waiting for its payout or on hold can be rejected; this one is &quot;%1&quot;.</source>
        <translation>Отклонить можно только заявку, ждущую выплаты или отложенную; эта — «%1».</translation>
    </message>
    <message>
        <source>A payout of this order is on its way: it cannot be rejected until its outcome is known.</source>
        <translation>Выплата по этой заявке в пути: отклонить её нельзя, пока не известен исход.</translation>
    </message>
    <message>
        <source>Payout rejected: %1</source>
        <translation>Выплата отклонена: %1</translation>
    </message>
    <message>
        <source>Rejected: the order is returned, its sender is to be refunded.</source>
        <translation>Отклонена: заявка — возврат, отправителю нужно вернуть деньги.</translation>
    </message>
    <message>
        <source>Only an order whose payout failed can be retried; this one is &quot;%1&quot;.</source>
        <translation>Повторить можно только заявку с неудачной выплатой; эта — «%1».</translation>
    </message>
    <message>
        <source>Back in the payout queue for a new attempt.</source>
        <translation>Снова в очереди выплат для новой попытки.</translation>
    </message>
    <message>
        <source>Back in the queue: it is sent when approved.</source>
        <translation>Снова в очереди: отправится после одобрения.</translation>
    </message>
    <message>
        <source>Paid outside the desk, reference %1</source>
        <translation>Выплачено вне PayoutDesk, номер %1</translation>
    </message>
    <message>
        <source>A payout of this order is being sent or processed by the provider: wait for its outcome. Nothing was changed.</source>
        <translation>Выплата по этой заявке отправляется или обрабатывается провайдером: дождитесь исхода. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The payout changed meanwhile. Nothing was changed.</source>
        <translation>Выплата тем временем изменилась. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Marked paid, reference %1.</source>
        <translation>Отмечена выплаченной, номер %1.</translation>
    </message>
    <message>
        <source>Only an order waiting for its payout or on hold can be marked paid; this one is &quot;%1&quot;.</source>
        <translation>Отметить выплаченной можно только заявку, ждущую выплаты или отложенную; эта — «%1».</translation>
    </message>
    <message>
        <source>The order changed meanwhile (a payout claimed, an IPN, another desk): look again. Nothing was changed.</source>
        <translation>Заявка тем временем изменилась (выплата взята в работу, IPN, другое рабочее место): посмотрите ещё раз. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>pd::RecipientReview</name>
    <message>
        <source>Say why in a comment: it stays in the order&apos;s history.</source>
        <translation>Укажите причину в комментарии: он остаётся в истории заявки.</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>Такой заявки нет.</translation>
    </message>
    <message>
        <source>No other recipient waits for a decision on order %1.</source>
        <translation>По заявке %1 нет другого получателя, ждущего решения.</translation>
    </message>
    <message>
        <source>The recipient waiting on order %1 changed meanwhile: look at it again.</source>
        <translation>Ждущий получатель по заявке %1 тем временем изменился: посмотрите ещё раз.</translation>
    </message>
    <message>
        <source>Accepted the recipient the exchange site sent: %1 (was %2). %3</source>
        <translation>Принят получатель от сайта обменника: %1 (был %2). %3</translation>
    </message>
    <message>
        <source>Kept the pinned recipient %1; refused the one the exchange site sent (%2). %3</source>
        <translation>Оставлен закреплённый получатель %1; получатель от сайта обменника (%2) отклонён. %3</translation>
    </message>
</context>
<context>
    <name>pd::ReconcileCommand</name>
    <message>
        <source>No provider is enabled: nothing to reconcile.</source>
        <translation>Ни один провайдер не включён: сверять нечего.</translation>
    </message>
    <message>
        <source>Unknown provider %1.</source>
        <translation>Неизвестный провайдер %1.</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4 payout(s) in the statement, %5 matched, %6 settled, %7 mismatch(es) open.</source>
        <translation>%1, с %2 по %3: выплат в выписке: %4, совпало: %5, урегулировано: %6, открытых расхождений: %7.</translation>
    </message>
    <message>
        <source>No mismatch is open.</source>
        <translation>Открытых расхождений нет.</translation>
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
        <translation>Открытых расхождений: %1. Закройте каждое: &quot;payoutdesk-cli reconcile --resolve ID --comment ТЕКСТ&quot;.</translation>
    </message>
    <message>
        <source>Mismatch %1 resolved.</source>
        <translation>Расхождение %1 закрыто.</translation>
    </message>
</context>
<context>
    <name>pd::Reconciler</name>
    <message>
        <source>The period&apos;s start must be a date before its end.</source>
        <translation>Начало периода должно быть раньше его конца.</translation>
    </message>
    <message>
        <source>%1 is not configured: %2 missing.</source>
        <translation>%1 не настроен: не хватает %2.</translation>
    </message>
    <message>
        <source>%1&apos;s statement could not be read: %2</source>
        <translation>Выписку %1 прочитать не удалось: %2</translation>
    </message>
</context>
<context>
    <name>pd::ReconciliationPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
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
        <translation>Все включённые провайдеры</translation>
    </message>
    <message>
        <source>&amp;Reconcile now</source>
        <translation>С&amp;верить сейчас</translation>
    </message>
    <message>
        <source>Reads each provider&apos;s own books for these days (UTC) and holds them against the desk&apos;s payouts. The desk also does this every day for the day before.</source>
        <translation>Читает собственные записи каждого провайдера за эти дни (UTC) и сверяет их с выплатами PayoutDesk. PayoutDesk делает это и сам каждый день за предыдущий день.</translation>
    </message>
    <message>
        <source>Show resolved &amp;too</source>
        <translation>Показывать и &amp;закрытые</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>&amp;Закрыть…</translation>
    </message>
    <message>
        <source>Say how this mismatch was settled; the comment goes into the order&apos;s history.</source>
        <translation>Укажите, как урегулировано расхождение; комментарий попадёт в историю заявки.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Сверки</translation>
    </message>
    <message>
        <source>No mismatch is open.</source>
        <translation>Открытых расхождений нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es) open: each waits for a person.</source>
        <translation>
            <numerusform>Открыто %n расхождение: ждёт человека.</numerusform>
            <numerusform>Открыто %n расхождения: каждое ждёт человека.</numerusform>
            <numerusform>Открыто %n расхождений: каждое ждёт человека.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mismatches cannot be read: %1</source>
        <translation>Расхождения прочитать не удаётся: %1</translation>
    </message>
    <message>
        <source>Reading the providers&apos; statements…</source>
        <translation>Читаем выписки провайдеров…</translation>
    </message>
    <message>
        <source>%1: %2 in the statement, %3 matched, %4 settled, %5 open.</source>
        <translation>%1: в выписке %2, совпало %3, урегулировано %4, открыто %5.</translation>
    </message>
    <message>
        <source>Resolve mismatch %1</source>
        <translation>Закрыть расхождение %1</translation>
    </message>
    <message>
        <source>%1 with %2.
In the desk: %3
At the provider: %4

How was it settled? (kept in the order&apos;s history)</source>
        <translation>%1 (%2).
В PayoutDesk: %3
У провайдера: %4

Как урегулировано? (сохранится в истории заявки)</translation>
    </message>
    <message>
        <source>Nothing was changed: a mismatch is resolved with a comment that says how.</source>
        <translation>Ничего не изменено: расхождение закрывают с комментарием о том, как оно урегулировано.</translation>
    </message>
    <message>
        <source>Mismatch %1 resolved.</source>
        <translation>Расхождение %1 закрыто.</translation>
    </message>
    <message>
        <source>Mismatch %1 was not resolved: %2</source>
        <translation>Расхождение %1 не закрыто: %2</translation>
    </message>
    <message>
        <source>Export mismatches</source>
        <translation>Экспорт расхождений</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es) written to %1.</source>
        <translation>
            <numerusform>%n расхождение записано в %1.</numerusform>
            <numerusform>%n расхождения записаны в %1.</numerusform>
            <numerusform>%n расхождений записано в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ReconciliationRunModel</name>
    <message>
        <source>Ran</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Period (UTC)</source>
        <translation>Период (UTC)</translation>
    </message>
    <message>
        <source>In the statement</source>
        <translation>В выписке</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Совпало</translation>
    </message>
    <message>
        <source>Mismatches open</source>
        <translation>Открытых расхождений</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Урегулировано</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
</context>
<context>
    <name>pd::ReconciliationService</name>
    <message>
        <source>No provider is enabled: nothing to reconcile.</source>
        <translation>Ни один провайдер не включён: сверять нечего.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::Reconciliations</name>
    <message>
        <source>Reconciliation of %1 from %2 to %3: %4 mismatch(es) open.</source>
        <translation>Сверка %1 с %2 по %3: открытых расхождений: %4.</translation>
    </message>
    <message>
        <source>Say in a comment how the mismatch was resolved.</source>
        <translation>Укажите в комментарии, как урегулировано расхождение.</translation>
    </message>
    <message>
        <source>No mismatch %1.</source>
        <translation>Расхождения %1 нет.</translation>
    </message>
    <message>
        <source>Mismatch %1 was resolved already, by %2.</source>
        <translation>Расхождение %1 уже закрыто (%2).</translation>
    </message>
    <message>
        <source>Reconciliation mismatch %1 (%2, %3) resolved: %4</source>
        <translation>Расхождение сверки %1 (%2, %3) закрыто: %4</translation>
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
            <numerusform>%1, покрывает все выплаты: %n (%2)</numerusform>
            <numerusform>%1, покрывает все выплаты: %n (%2)</numerusform>
            <numerusform>%1, покрывает все выплаты: %n (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, covers %2 of %n payout(s) (%3 of %4)</source>
        <translation>
            <numerusform>%1, покрывает %2 из %n выплаты (%3 из %4)</numerusform>
            <numerusform>%1, покрывает %2 из %n выплат (%3 из %4)</numerusform>
            <numerusform>%1, покрывает %2 из %n выплат (%3 из %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2:</source>
        <translation>%1 %2:</translation>
    </message>
    <message numerus="yes">
        <source>%1 the provider is disabled, its %n payout(s) cannot be sent</source>
        <translation>
            <numerusform>%1 провайдер выключен, выплат, которые нельзя отправить: %n</numerusform>
            <numerusform>%1 провайдер выключен, выплат, которые нельзя отправить: %n</numerusform>
            <numerusform>%1 провайдер выключен, выплат, которые нельзя отправить: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reading the balance…</source>
        <translation>%1 баланс читается…</translation>
    </message>
    <message>
        <source>%1 the balance cannot be read (%2), so what the reserve covers is not known</source>
        <translation>%1 баланс не читается (%2), поэтому неизвестно, что покрывает резерв</translation>
    </message>
    <message>
        <source>%1 the reserve cannot be counted: %2</source>
        <translation>%1 резерв не удаётся посчитать: %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Reserve: no payout waits for approval.</source>
        <translation>Резерв: нет выплат, ждущих одобрения.</translation>
    </message>
    <message numerus="yes">
        <source>Reserve covers %1 of %n payout(s)</source>
        <translation>
            <numerusform>Резерв покрывает %1 из %n выплаты</numerusform>
            <numerusform>Резерв покрывает %1 из %n выплат</numerusform>
            <numerusform>Резерв покрывает %1 из %n выплат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short</source>
        <translation>
            <numerusform>%n не хватает</numerusform>
            <numerusform>%n не хватает</numerusform>
            <numerusform>%n не хватает</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not known yet</source>
        <translation>
            <numerusform>%n пока неизвестна</numerusform>
            <numerusform>%n пока неизвестны</numerusform>
            <numerusform>%n пока неизвестны</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::SandboxCommand</name>
    <message>
        <source>Give the API secret on standard input (one line); it is never printed.</source>
        <translation>Передайте API-секрет через стандартный ввод (одна строка); он никогда не выводится.</translation>
    </message>
    <message>
        <source>A balance is CURRENCY=AMOUNT, e.g. USDT=1000.00; not &quot;%1&quot;.</source>
        <translation>Баланс задаётся как ВАЛЮТА=СУММА, например USDT=1000.00, а не «%1».</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>Не удаётся слушать %1:%2.</translation>
    </message>
    <message>
        <source>Sandbox provider listening on %1 (API key %2). Ctrl+C stops it.</source>
        <translation>Провайдер-песочница слушает %1 (API-ключ %2). Ctrl+C — остановить.</translation>
    </message>
    <message>
        <source>Cannot read the ledger at %1: %2</source>
        <translation>Не удаётся прочитать журнал выплат %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::SandboxProvider</name>
    <message>
        <source>The balance of %1 is not a decimal amount.</source>
        <translation>Баланс %1 — не десятичная сумма.</translation>
    </message>
    <message>
        <source>The transfer&apos;s answer has no ok 1/2 and transaction id.</source>
        <translation>В ответе на перевод нет ok 1/2 и id транзакции.</translation>
    </message>
    <message>
        <source>The transaction&apos;s answer has no id.</source>
        <translation>В ответе о транзакции нет id.</translation>
    </message>
    <message>
        <source>The webhook&apos;s timestamp is missing or more than 5 minutes off.</source>
        <translation>Метки времени вебхука нет или она отличается больше чем на 5 минут.</translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match.</source>
        <translation>Подпись вебхука не совпадает.</translation>
    </message>
    <message>
        <source>The webhook names no transaction.</source>
        <translation>Вебхук не называет транзакцию.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s statement has no payouts.</source>
        <translation>В выписке песочницы нет payouts.</translation>
    </message>
    <message>
        <source>A payout in the sandbox&apos;s statement has no id or amount.</source>
        <translation>В выписке песочницы есть выплата без id или суммы.</translation>
    </message>
</context>
<context>
    <name>pd::SecretEditor</name>
    <message>
        <source>Type the new secret</source>
        <translation>Введите новый секрет</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>Запрос к хранилищу ключей…</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain</source>
        <translation>Секрет хранится в хранилище ключей</translation>
    </message>
    <message>
        <source>Not set: type it and press Save</source>
        <translation>Не задан: введите его и нажмите «Сохранить»</translation>
    </message>
    <message>
        <source>The keychain cannot be reached</source>
        <translation>Хранилище ключей недоступно</translation>
    </message>
    <message>
        <source>Type the secret first.</source>
        <translation>Сначала введите секрет.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Сохранение в хранилище ключей…</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Сохранено в хранилище ключей.</translation>
    </message>
    <message>
        <source>Remove secret</source>
        <translation>Удалить секрет</translation>
    </message>
    <message>
        <source>Remove this secret from the keychain?</source>
        <translation>Удалить этот секрет из хранилища ключей?</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>Удалено из хранилища ключей.</translation>
    </message>
</context>
<context>
    <name>pd::SettingsDialog</name>
    <message>
        <source>Listen for provider webhooks and the exchange site&apos;s IPNs</source>
        <translation>Принимать вебхуки провайдеров и IPN сайта обменника</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>https://desk.example.com (optional)</source>
        <translation>https://desk.example.com (необязательно)</translation>
    </message>
    <message>
        <source>The IP address providers see, for their allow-lists (optional)</source>
        <translation>IP-адрес, который видят провайдеры, для их белых списков (необязательно)</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Приёмник</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>Публичный URL:</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Публичный адрес:</translation>
    </message>
    <message>
        <source>The listener starts with the desk: changes to it apply the next time PayoutDesk starts.</source>
        <translation>Приёмник запускается вместе с рабочим местом: изменения вступят в силу при следующем запуске PayoutDesk.</translation>
    </message>
    <message>
        <source>https://www.kryptoswap.io — for the client&apos;s payment links</source>
        <translation>https://www.kryptoswap.io — для ссылок клиента на оплату</translation>
    </message>
    <message>
        <source>the site&apos;s own address, unless its API lives elsewhere</source>
        <translation>адрес самого сайта, если его API не живёт в другом месте</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>none (sent once, as the protocol says)</source>
        <translation>нет (отправляется один раз, как велит протокол)</translation>
    </message>
    <message>
        <source>Exchange site</source>
        <translation>Сайт обменника</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Адрес сайта:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API-адрес:</translation>
    </message>
    <message>
        <source>Language of links:</source>
        <translation>Язык ссылок:</translation>
    </message>
    <message>
        <source>Accept IPNs sent within:</source>
        <translation>Принимать IPN, отправленные в пределах:</translation>
    </message>
    <message>
        <source>Retries of the desk&apos;s IPNs:</source>
        <translation>Повторы IPN рабочего места:</translation>
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
        <translation>Удалить IPN-секрет из хранилища ключей? Все IPN будут отклоняться, пока не будет сохранён новый.</translation>
    </message>
    <message>
        <source>Remove the site&apos;s API token from the keychain? New orders cannot be created until a new one is saved.</source>
        <translation>Удалить API-токен сайта из хранилища ключей? Новые заявки нельзя будет создать, пока не будет сохранён новый.</translation>
    </message>
    <message>
        <source>Secrets are kept in the keychain and saved at once with their own Save.</source>
        <translation>Секреты хранятся в хранилище ключей и сохраняются сразу своей кнопкой «Сохранить».</translation>
    </message>
    <message>
        <source>Default payout provider</source>
        <translation>Провайдер выплат по умолчанию</translation>
    </message>
    <message>
        <source>The provider the payout queue and payoutdesk-cli choose for each currency.</source>
        <translation>Провайдер, которого очередь выплат и payoutdesk-cli выбирают для каждой валюты.</translation>
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
        <translation>(первый, кто её обслуживает)</translation>
    </message>
    <message>
        <source>%1 (does not serve %2)</source>
        <translation>%1 (не обслуживает %2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Write the address providers call back on, starting with https:// (or http://), or leave it empty.</source>
        <translation>Укажите адрес, на который провайдеры присылают ответы, начиная с https:// (или http://), или оставьте пустым.</translation>
    </message>
    <message>
        <source>Write the site&apos;s address starting with https:// (or http://), or leave it empty.</source>
        <translation>Укажите адрес сайта, начиная с https:// (или http://), или оставьте пустым.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Это рабочее место</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <source>Only an admin changes the order book&apos;s settings.</source>
        <translation>Настройки книги заявок меняет только администратор.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The order book&apos;s settings cannot be read: %1</source>
        <translation>Настройки книги заявок не читаются: %1</translation>
    </message>
    <message>
        <source>Not in the activity log</source>
        <translation>Нет в журнале действий</translation>
    </message>
    <message>
        <source>The change of %1 is done, but the activity log does not have it: %2</source>
        <translation>Изменение %1 сделано, но в журнал действий не попало: %2</translation>
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
        <translation>%1 сохранено в хранилище ключей</translation>
    </message>
    <message>
        <source>%1 removed from the keychain</source>
        <translation>%1 удалено из хранилища ключей</translation>
    </message>
</context>
<context>
    <name>pd::Staff</name>
    <message>
        <source>Viewer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>The login %1 is not on this order book&apos;s staff. An admin adds it in Edit → Staff….</source>
        <translation>Логина %1 нет среди сотрудников этой книги заявок. Администратор добавляет его в «Правка → Сотрудники…».</translation>
    </message>
    <message>
        <source>On one desk the OS user is the admin: staff and roles belong to a team&apos;s order book on PostgreSQL.</source>
        <translation>На одном рабочем месте администратор — пользователь ОС: сотрудники и роли относятся к командной книге заявок на PostgreSQL.</translation>
    </message>
    <message>
        <source>A staff member needs the PostgreSQL login they sign in with.</source>
        <translation>Сотруднику нужен логин PostgreSQL, под которым он входит.</translation>
    </message>
    <message>
        <source>%1 is not on the staff.</source>
        <translation>%1 нет среди сотрудников.</translation>
    </message>
</context>
<context>
    <name>pd::StaffDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Remove selected…</source>
        <translation>&amp;Удалить выбранного…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>PostgreSQL login</source>
        <translation>Логин PostgreSQL</translation>
    </message>
    <message>
        <source>Name shown to the team</source>
        <translation>Имя, которое видит команда</translation>
    </message>
    <message>
        <source>Viewers read and export. Operators also approve payouts within the limits, hold and reject. Admins also manage providers, secrets, limits and staff. Each member signs in with their own PostgreSQL login (an existing one: CREATE ROLE name LOGIN PASSWORD …); the server itself enforces the role.</source>
        <translation>Наблюдатели читают и выгружают. Операторы также одобряют выплаты в пределах лимитов, задерживают и отклоняют. Администраторы также управляют провайдерами, секретами, лимитами и сотрудниками. Каждый входит под своим логином PostgreSQL (существующим: CREATE ROLE name LOGIN PASSWORD …); роль обеспечивает сам сервер.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 теперь: %2.</translation>
    </message>
    <message>
        <source>Remove from the staff</source>
        <translation>Удалить из сотрудников</translation>
    </message>
    <message>
        <source>%1 will no longer be able to open this order book. Remove?</source>
        <translation>%1 больше не сможет открыть эту книгу заявок. Удалить?</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 удалён.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>pd::TlsSupport</name>
    <message>
        <source>Qt&apos;s TLS backend is &quot;%1&quot;, not OpenSSL, so no provider can be reached over HTTPS. Install OpenSSL 3 (Debian&apos;s libssl3) and Qt&apos;s network module (libqt6network6).</source>
        <translation>TLS-бэкенд Qt — «%1», а не OpenSSL, поэтому ни один провайдер недоступен по HTTPS. Установите OpenSSL 3 (пакет Debian libssl3) и сетевой модуль Qt (libqt6network6).</translation>
    </message>
    <message>
        <source>Qt&apos;s OpenSSL backend could not load OpenSSL, so no provider can be reached over HTTPS. Install OpenSSL 3 (Debian&apos;s libssl3).</source>
        <translation>Бэкенд OpenSSL в Qt не смог загрузить OpenSSL, поэтому ни один провайдер недоступен по HTTPS. Установите OpenSSL 3 (пакет Debian libssl3).</translation>
    </message>
</context>
<context>
    <name>pd::WebhookRoute</name>
    <message>
        <source>Webhooks are not taken at the moment.</source>
        <translation>Вебхуки сейчас не принимаются.</translation>
    </message>
    <message>
        <source>Webhooks are sent with POST.</source>
        <translation>Вебхуки отправляются методом POST.</translation>
    </message>
    <message>
        <source>No provider &quot;%1&quot; is built in.</source>
        <translation>Встроенного провайдера «%1» нет.</translation>
    </message>
    <message>
        <source>The body has %1 bytes, more than the %2 a webhook may have.</source>
        <translation>В теле %1 байт — больше %2, допустимых для вебхука.</translation>
    </message>
    <message>
        <source>%1 is not configured: %2 missing.</source>
        <translation>%1 не настроен: нет %2.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 выключен.</translation>
    </message>
    <message>
        <source>The webhook was refused by the adapter.</source>
        <translation>Адаптер отклонил вебхук.</translation>
    </message>
    <message>
        <source>Webhook from %1 for transaction %2, which is not one of ours: ignored.</source>
        <translation>Вебхук от %1 для транзакции %2, которая не наша: пропущен.</translation>
    </message>
    <message>
        <source>Webhook from %1 refused (HTTP %2): %3</source>
        <translation>Вебхук от %1 отклонён (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Transaction %1.</source>
        <translation>Транзакция %1.</translation>
    </message>
    <message>
        <source>The webhook&apos;s nonce %1 is not above the last one taken (%2): a replay.</source>
        <translation>Nonce вебхука %1 не больше последнего принятого (%2): это повтор.</translation>
    </message>
    <message>
        <source>The book cannot be written: %1</source>
        <translation>Не удаётся записать в книгу заявок: %1</translation>
    </message>
</context>
<context>
    <name>pd::WhiteBitProvider</name>
    <message>
        <source>WhiteBIT&apos;s balance of %1 is not a decimal amount.</source>
        <translation>Баланс %1 в WhiteBIT — не десятичная сумма.</translation>
    </message>
    <message>
        <source>WhiteBIT answered the withdrawal with HTTP %1, not 201.</source>
        <translation>WhiteBIT ответил на вывод HTTP %1, а не 201.</translation>
    </message>
    <message>
        <source>WhiteBIT&apos;s history has no records.</source>
        <translation>В истории WhiteBIT нет записей.</translation>
    </message>
    <message>
        <source>WhiteBIT status 5: the withdrawal waits for the account owner&apos;s confirmation.</source>
        <translation>Статус WhiteBIT 5: вывод ждёт подтверждения владельца аккаунта.</translation>
    </message>
    <message>
        <source>WhiteBIT status 18: only part was paid (%1 of %2). Settle the rest by hand.</source>
        <translation>Статус WhiteBIT 18: выплачена только часть (%1 из %2). Остаток выплатите вручную.</translation>
    </message>
    <message>
        <source>WhiteBIT status 21: frozen by WhiteBIT&apos;s AML review; contact their support.</source>
        <translation>Статус WhiteBIT 21: заморожено AML-проверкой WhiteBIT; обратитесь в их поддержку.</translation>
    </message>
    <message>
        <source>WhiteBIT&apos;s webhook key and secret are not set.</source>
        <translation>Ключ и секрет вебхука WhiteBIT не заданы.</translation>
    </message>
    <message>
        <source>The webhook&apos;s X-TXC-APIKEY is not the webhook key.</source>
        <translation>X-TXC-APIKEY вебхука не совпадает с ключом вебхука.</translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match.</source>
        <translation>Подпись вебхука не совпадает.</translation>
    </message>
    <message>
        <source>The webhook names no uniqueId.</source>
        <translation>Вебхук не называет uniqueId.</translation>
    </message>
    <message>
        <source>The webhook carries no nonce.</source>
        <translation>В вебхуке нет nonce.</translation>
    </message>
    <message>
        <source>WhiteBIT lists only its latest %1 withdrawals, and the period starts before them: reconcile more often, or read the rest in WhiteBIT&apos;s cabinet.</source>
        <translation>WhiteBIT показывает только последние %1 выводов, а период начинается раньше: сверяйте чаще или посмотрите остальное в кабинете WhiteBIT.</translation>
    </message>
    <message>
        <source>A withdrawal in WhiteBIT&apos;s history has no amount.</source>
        <translation>В истории WhiteBIT есть вывод без суммы.</translation>
    </message>
</context>
</TS>
