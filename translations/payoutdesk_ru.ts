<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrencyRegistry</name>
    <message>
        <source>missing field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “%1” must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “%1” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency registry is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency registry must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“sources” must be an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources[%1] must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency registry needs a “currencies” array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currencies[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: XML code “%2” may only hold Latin letters, digits and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown kind “%2” (expected crypto, card, emoney, bank or cash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a crypto currency needs a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only crypto currencies have a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing field “precision”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: precision must be a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: XML code duplicates currencies[%2].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The order book is locked by another desk; try again in a moment (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the order book %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the order book %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message>
        <source>The demo&apos;s sandbox server could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This order book has schema version %1, written by a newer PayoutDesk (this one knows up to %2). Update PayoutDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has more than one decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character %1 at position %2 of the amount; only digits, one &apos;.&apos; and a leading sign are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decimal point needs at least one digit on each side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
    <message numerus="yes">
        <source>%n order(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>Order %1 (UID %2) could not be stored: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is no longer &quot;%1&quot;: someone changed it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderHub</name>
    <message>
        <source>No provider &quot;%1&quot; is built in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; of %2 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientField</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientValidator</name>
    <message>
        <source>The recipient is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains characters that cannot appear in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has the wrong length: a character is missing or extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address checksum does not match: a character is mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address belongs to another network or coin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address mixes upper-case and lower-case letters; it must be all one case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with 0x followed by 40 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is malformed; ask the client to copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number may contain only digits, spaces and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number must have 12 to 19 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number fails its check digit (Luhn).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot create the workspace folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PayoutDesk: the exchange&apos;s back-office desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace with sample orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayoutDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s sandbox provider stays disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener for webhooks could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd</name>
    <message>
        <source>The workspace folder (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the demo workspace, filled with sample orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string such as &quot;317.42&quot;, so that it stays exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unexpected type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1). Start the desktop&apos;s keyring (Secret Service) and try again; PayoutDesk never stores secrets anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the desktop session&apos;s D-Bus cannot be reached (%1). Start the desktop&apos;s keyring (Secret Service) and try again; PayoutDesk never stores secrets anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to %1 the secret: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::AboutDialog</name>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PayoutDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back office of a currency-exchange service: the order book, and payouts approved by staff and sent exactly once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy for a support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ActivityPage</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ApiClient</name>
    <message>
        <source>The provider did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ApproveDialog</name>
    <message numerus="yes">
        <source>Approve %n payout(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These payouts will be sent now. Check every recipient and amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals and balances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — NOT covered: those beyond the balance will not be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::AttemptStore</name>
    <message>
        <source>The order is no longer waiting for a payout: it was paid, changed or taken by someone else meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout approved: attempt %1 through %2, reference %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt is no longer prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the order was no longer waiting for its payout)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::BuildInfo</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt (built against)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt (running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Cli</name>
    <message>
        <source>Usage: payoutdesk-cli [--workspace DIR | --demo] COMMAND ...

Commands:
  orders list     list orders, filtered (table, JSON or CSV)
  orders show ID  one order with its history (ID is the order id or its UID)
  orders import FILE  import orders from JSON or CSV, all or nothing
  orders create --route ID --amount X --to KEY=VALUE ... --agree  create an order on the exchange site
  export csv --what orders|history [--status S]... [--currency XML] [--from DATE] [--to DATE]
             [--delimiter ,|;] [--bom] --output FILE|-   orders or their history as CSV
  merchant site URL [--api URL]   the exchange site (payment links, order creation)
  merchant secret ipn|token       the desk&apos;s IPN secret / the site&apos;s API token, from standard input
  providers list      the built-in payout providers and their settings
  providers set NAME KEY [VALUE]  set a setting; a secret is read from standard input
  providers unset NAME KEY        remove a secret from the keychain
  providers test NAME             a signed balance call
  payout approve ORDER... | --all [--provider P]  pay orders waiting for their payout
  payout status ORDER             an order&apos;s payout attempts
  payout poll                     ask the providers about open payouts, once
  serve [--listen HOST:PORT]      the webhook listener and the poller, without a display
  sandbox serve [--port N]        run the sandbox provider (API secret on standard input)
  sandbox ledger --url URL        print what a running sandbox was asked to pay

Every command takes --help.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;orders&quot; needs a subcommand: list, show or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;orders %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;providers&quot; needs a subcommand: list, set, unset or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME, KEY and VALUE as the subcommand needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout providers: list, set NAME KEY [VALUE], unset NAME KEY, test NAME.
A secret (a key of kind 2 in the provider&apos;s required_config) is read from standard input
and stored in the OS keychain; it is never shown, logged or written anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;providers %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;providers %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order waiting for its payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay through this provider (default: the currency&apos;s default, else the first that serves it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: the listener&apos;s address (default: the settings&apos;, else 127.0.0.1:8787).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ids or UIDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts: approve ORDER... | --all [--provider P], status ORDER, poll.
Every payout is sent at most once: a payout left half-sent by a stopped desk is looked up
with its provider first, never sent again. approve exits 1 if any payout was not paid or accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;payout&quot; needs a subcommand: approve, status or poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;payout approve&quot; needs order ids or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;payout status&quot; needs one order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (default 8899; 0 for any free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key clients must send (default &quot;sandbox&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A starting balance, e.g. USDT=1000.00 (may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer ok: 2 and settle each payout 3 s later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay every answer by this many milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running sandbox (for ledger).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox payout provider (providers/sandbox/README.md): serve it, or print its ledger.
serve reads the API secret from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sandbox&quot; needs a subcommand: serve or ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders in this status (may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders with this XML code on either side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UID, the start of an order id, or part of a recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many orders (default 100, 0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, json or csv (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List orders, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or json (default text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order id (24 hex digits) or its UID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one order with its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;orders show&quot; needs one order id or UID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order &quot;%1&quot; in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (UID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:    %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In:        %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out:       %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON or CSV file of orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import orders from JSON (an array of orders, or one per line) or CSV with a header row,
with the fields of &quot;orders list --format json|csv&quot;. All or nothing: if any row is bad,
every bad row is reported with its line number and no order is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;orders import&quot; needs one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1 bad row(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 order(s) from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange direction&apos;s ObjectId (routeId).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client pays, e.g. 0.015.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A detail of the paying side, KEY=VALUE (fromValues; may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient detail, KEY=VALUE (toValues; may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A detail of the direction, KEY=VALUE (routeValues; may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s language (default en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client accepted the exchange&apos;s terms (agreement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the recipient&apos;s details from the client&apos;s page (hideOutData).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the client returns afterwards (clientCallbackUrl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the site and the desk send this order&apos;s IPNs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this order&apos;s IPN secret from standard input (needed with --ipn-url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an order on the exchange site (public/exchanger/order/create) and store it with its UID
and secret. The site&apos;s address: &quot;merchant site&quot;; its API token: &quot;merchant secret token&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from, --to and --route-value take KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s API address, when it is not the site&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site URL, or secret ipn|token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange site: merchant site URL [--api URL]; merchant secret ipn|token reads the desk&apos;s IPN
secret or the site&apos;s API token from standard input into the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;merchant site URL&quot; or &quot;merchant secret ipn|token&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders or history (every entry of the orders selected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders created / history entries written on or after this UTC day (YYYY-MM-DD) or instant (ISO 8601 with a zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... up to the end of this UTC day (YYYY-MM-DD), or before this instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or ; (default ,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>char</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for spreadsheets that need it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, or - for standard output. A file appears only complete: on any error nothing is written under its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export orders or their history as CSV (RFC 4180, UTF-8): amounts exactly as stored, times
in ISO 8601 UTC, cells a spreadsheet would run as a formula prefixed with an apostrophe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export&quot; needs a subcommand: csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--what needs orders or history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a day (YYYY-MM-DD) or an ISO 8601 time with a zone, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter needs , or ;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export csv&quot; needs --output FILE (or - for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ClientLinksBox</name>
    <message>
        <source>Client links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the payment link (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link as a QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the order book: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::DeskListener</name>
    <message>
        <source>No such endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to listen on: write host:port, e.g. 127.0.0.1:8787.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ExchangeSiteClient</name>
    <message>
        <source>The route must be the exchange direction&apos;s 24-character ObjectId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be a positive decimal number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s details (toValues) are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every detail needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has to accept the exchange&apos;s terms (agreement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPN URL needs an IPN secret of at least 16 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange site answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange site&apos;s answer lacks the order&apos;s id, UID, secret, status or amounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ExportCommand</name>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ExportDialog</name>
    <message>
        <source>&amp;Orders, one row each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;history, one row per status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;date range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a UTF-8 &amp;byte order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As the Orders page shows them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the start of this day (the desk&apos;s time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the end of this day (the desk&apos;s time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; ), for spreadsheets that use a decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8, RFC 4180. Amounts exactly as stored; times in ISO 8601 UTC. Cells a spreadsheet would run as a formula start with an apostrophe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes in a &amp;date range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders created in a &amp;date range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists. Replace it when the export is complete?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ExportProgress</name>
    <message>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 to %2…
%3 of %4 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to %1 failed; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::HistoryTimeline</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::IpnDeliveriesView</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 tries)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::IpnInbox</name>
    <message>
        <source>Created by an IPN sent at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older IPN (&quot;%1&quot;, sent at %2) arrived late; the status was not rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPN (&quot;%1&quot;, sent at %2) arrived while the desk is paying this order out; nothing was changed. Check the order with the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPN &quot;%1&quot; sent at %2: nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amounts %1 → %2 %3, %4 → %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPN sent at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPN sent at %1; changed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::IpnMessage</name>
    <message>
        <source>The body is not a form: &quot;%1&quot; has no name=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toValues has more than %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orderUID must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orderId must be a 24-character hexadecimal ObjectId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not one of the protocol&apos;s statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inAmount and outAmount must be decimal numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp must be unix time in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xml_from and xml_to must be currency codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toValues is given both as JSON and in brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toValues is not a JSON array of {key, name, value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toValues holds text that is not valid Unicode (half of a surrogate pair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toValues[%1] is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::IpnRoute</name>
    <message>
        <source>IPNs are not taken at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPNs are sent with POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a POST: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has %1 bytes; an IPN may have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk has no IPN secret to check the checksum with (%1). Set it under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong checksum for order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPN for order %1 was sent at %2, outside the %3-hour window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored, send it again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::IpnSender</name>
    <message>
        <source>The desk stopped while sending this IPN; it is not sent again, since it may have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order or its IPN URL is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IPN secret for this order in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::MainWindow</name>
    <message>
        <source>PayoutDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order UID %1 created on the exchange site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New order on the exchange site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy order &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PayoutDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout of order %1 failed; it is back in the queue as a payout error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the payout of order %1 is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PayoutDesk: %n payout(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PayoutDesk: no payout waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout queue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (*.json *.jsonl *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n bad row(s); no order was imported. Fix them and import the file again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open the selected order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Manifest</name>
    <message>
        <source>The manifest is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s type must be &quot;payout&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest needs a name and a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poll_interval_seconds must be at least 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required_config.%1 must be 1 (shown) or 2 (secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the manifest %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::MerchantCommand</name>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created order UID %1 (%2): %3, pays %4 %5 for %6 %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give http(s) addresses, e.g. https://www.kryptoswap.io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange site is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which secret: &quot;ipn&quot; (the desk&apos;s IPN secret) or &quot;token&quot; (the exchange site&apos;s API token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing came on standard input; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPN secret is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange site&apos;s API token is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::NewOrderDialog</name>
    <message>
        <source>New order on the exchange site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the direction&apos;s 24-character id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the client pays, e.g. 0.015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client accepts the exchange&apos;s terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the recipient&apos;s details from the client&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: where this order&apos;s IPNs go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s details (fromValues):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient (toValues):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction&apos;s details (routeValues):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client returns to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IPN URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPN secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the exchange site…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Order</name>
    <message>
        <source>The order id &quot;%1&quot; is not a 24-character hexadecimal ObjectId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order UID must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming amount %1 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing amount %1 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 currency &quot;%2&quot; is not a known XML code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 amount %2 has more decimals than %3 allows (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no creation time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient field has no key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::OrderCreator</name>
    <message>
        <source>The exchange site&apos;s API address is not set (Settings, &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token for the exchange site in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created through the desk on the exchange site (route %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange site created order %1 (UID %2), but the desk could not store it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order UID %1 created on the exchange site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order UID %1 was created, but its IPN secret could not be kept in the keychain (its IPNs cannot be signed): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::OrderDialog</name>
    <message>
        <source>The order %1 is no longer in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client pays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPNs sent by the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy UID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::OrderImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (UID %2) appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (UID %2) is already in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each element must be an order object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JSON order object: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import refused: %1 problem(s), the first at line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::OrderRecord</name>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UID &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toValues must be a JSON array of {key, name, value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>createdAt &quot;%1&quot; is neither ISO 8601 with a zone nor unix milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updatedAt &quot;%1&quot; is neither ISO 8601 with a zone nor unix milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::OrderTableModel</name>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::OrdersPage</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the order book: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by UID, order id or recipient (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PaymentLinks</name>
    <message>
        <source>The order has no secret: it was not created through the exchange site&apos;s merchant API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the exchange site&apos;s address under Settings to get the client&apos;s links.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PayoutCommand</name>
    <message>
        <source>No order &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payout(s) approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (UID %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked the providers about %1 open payout(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1:%2 for provider webhooks (POST /webhook/&lt;provider&gt;) and the exchange&apos;s IPNs (POST /ipn); polling open payouts. Ctrl+C stops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PayoutEngine</name>
    <message>
        <source>%1 is not configured: %2 missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it started: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is &quot;%1&quot;, not waiting for a payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout currency %1 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not pay out %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient refused, nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance could not be checked, nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little balance at %1: %2 %3 available, %4 needed. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: transaction %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted, waiting for the provider: transaction %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer (%1): the payout will be looked up by its reference %2, never sent again on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider confirms the payout (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider says the payout failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider wants a person to look at this payout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has the payout and is processing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PayoutPoller</name>
    <message>
        <source>Still unresolved after %1 checks with the provider: needs a person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PayoutQueuePage</name>
    <message>
        <source>awaiting the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome unknown: checking with the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last attempt failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid manually…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the selected orders (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are these payouts held?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These orders will not be paid out and are marked returned: the sender is to be refunded. Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid manually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout was made outside the desk. Its external reference (transaction id, receipt number):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider pays %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting in %1 currencies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select orders that wait for a payout (payout queued) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending payouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 paid. Details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the payout queue for a new attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid outside the desk, reference %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ProviderConfigForm</name>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled: payouts may be sent through this provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 Payout&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported currencies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug log?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP and webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not configured (Settings → Listener)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the secret first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 of %2 from the keychain? Payouts through %2 stop until a new one is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ProviderSettings</name>
    <message>
        <source>%1 is a secret: it is kept in the keychain, never in the order book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no setting &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ProvidersCommand</name>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currencies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(secret stored in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(secret not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider &quot;%1&quot;. Try: payoutdesk-cli providers list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a secret: give it on standard input, not as an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret was given on standard input; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one value: payoutdesk-cli providers set %1 %2 VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no secret &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Balances:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ProvidersPage</name>
    <message>
        <source>balance unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n currencies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::SandboxCommand</name>
    <message>
        <source>Give the API secret on standard input (one line); it is never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A balance is CURRENCY=AMOUNT, e.g. USDT=1000.00; not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox provider listening on %1 (API key %2). Ctrl+C stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the ledger at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::SandboxProvider</name>
    <message>
        <source>The balance of %1 is not a decimal amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer&apos;s answer has no ok 1/2 and transaction id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction&apos;s answer has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook&apos;s timestamp is missing or more than 5 minutes off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook names no transaction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::SecretEditor</name>
    <message>
        <source>Type the new secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: type it and press Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the secret first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this secret from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::SettingsDialog</name>
    <message>
        <source>Listen for provider webhooks and the exchange site&apos;s IPNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://desk.example.com (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP address providers see, for their allow-lists (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener starts with the desk: changes to it apply the next time PayoutDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.kryptoswap.io — for the client&apos;s payment links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s own address, unless its API lives elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (sent once, as the protocol says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept IPNs sent within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries of the desk&apos;s IPNs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPN secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the IPN secret from the keychain? Every IPN is refused until a new one is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the site&apos;s API token from the keychain? New orders cannot be created until a new one is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in the keychain and saved at once with their own Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default payout provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider the payout queue and payoutdesk-cli choose for each currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(first that serves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (does not serve %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the address providers call back on, starting with https:// (or http://), or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the site&apos;s address starting with https:// (or http://), or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::WebhookRoute</name>
    <message>
        <source>Webhooks are not taken at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks are sent with POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider &quot;%1&quot; is built in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has %1 bytes, more than the %2 a webhook may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not configured: %2 missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook was refused by the adapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook from %1 for transaction %2, which is not one of ours: ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook from %1 refused (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
