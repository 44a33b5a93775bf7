<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
    <message numerus="yes">
        <source>%n order(s) imported</source>
        <translation>
            <numerusform>%n order imported</numerusform>
            <numerusform>%n orders imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ApproveDialog</name>
    <message numerus="yes">
        <source>Approve %n payout(s)</source>
        <translation>
            <numerusform>Approve %n payout</numerusform>
            <numerusform>Approve %n payouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent (%n selected order(s) skipped):</source>
        <translation>
            <numerusform>Not sent (%n selected order skipped):</numerusform>
            <numerusform>Not sent (%n selected orders skipped):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n payout(s) in %1 s</source>
        <translation>
            <numerusform>Send %n payout in %1 s</numerusform>
            <numerusform>Send %n payouts in %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n payout(s)</source>
        <translation>
            <numerusform>Send %n payout</numerusform>
            <numerusform>Send %n payouts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::BlocklistDialog</name>
    <message numerus="yes">
        <source>%n recipient(s) blocked from the file.</source>
        <translation>
            <numerusform>%n recipient blocked from the file.</numerusform>
            <numerusform>%n recipients blocked from the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::MainWindow</name>
    <message numerus="yes">
        <source>PayoutDesk: %n payout(s) waiting</source>
        <translation>
            <numerusform>PayoutDesk: %n payout waiting</numerusform>
            <numerusform>PayoutDesk: %n payouts waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %n bad row(s); no order was imported. Fix them and import the file again.</source>
        <translation>
            <numerusform>The file has %n bad row; no order was imported. Fix it and import the file again.</numerusform>
            <numerusform>The file has %n bad rows; no order was imported. Fix them and import the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s).</source>
        <translation>
            <numerusform>Imported %n order.</numerusform>
            <numerusform>Imported %n orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation with %1: %n mismatch(es) open, waiting for a person.</source>
        <translation>
            <numerusform>Reconciliation with %1: %n mismatch open, waiting for a person.</numerusform>
            <numerusform>Reconciliation with %1: %n mismatches open, waiting for a person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::OrderBookService</name>
    <message numerus="yes">
        <source>Connected: PostgreSQL %1, an order book with %n order(s).</source>
        <translation>
            <numerusform>Connected: PostgreSQL %1, an order book with %n order.</numerusform>
            <numerusform>Connected: PostgreSQL %1, an order book with %n orders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::OrdersPage</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n statuses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::PayoutQueueModel</name>
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
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This recipient is on %n different orders: take a look before paying.</source>
        <translation>
            <numerusform>This recipient is on %n different orders: take a look before paying.</numerusform>
            <numerusform>This recipient is on %n different orders: take a look before paying.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::PayoutQueuePage</name>
    <message numerus="yes">
        <source>%n payout(s) awaiting a second approval by another staff member.</source>
        <translation>
            <numerusform>%n payout awaiting a second approval by another staff member.</numerusform>
            <numerusform>%n payouts awaiting a second approval by another staff member.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation>
            <numerusform>%n order shown</numerusform>
            <numerusform>%n orders shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n order(s) · %1</source>
        <translation>
            <numerusform>Selected: %n order · %1</numerusform>
            <numerusform>Selected: %n orders · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ProvidersPage</name>
    <message numerus="yes">
        <source>%1
%2 · %n currencies</source>
        <translation>
            <numerusform>%1
%2 · %n currencies</numerusform>
            <numerusform>%1
%2 · %n currencies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::QueueActionDialog</name>
    <message numerus="yes">
        <source>These %n order(s) will not be paid until a staff member releases them.</source>
        <translation>
            <numerusform>This order will not be paid until a staff member releases it.</numerusform>
            <numerusform>These %n orders will not be paid until a staff member releases them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) go back to where they were held from; one waiting for its payout can be approved again.</source>
        <translation>
            <numerusform>This order goes back to where it was held from; if it waits for its payout, it can be approved again.</numerusform>
            <numerusform>These %n orders go back to where they were held from; one waiting for its payout can be approved again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) will not be paid out and are marked returned: the sender is to be refunded. This cannot be undone.</source>
        <translation>
            <numerusform>This order will not be paid out and is marked returned: the sender is to be refunded. This cannot be undone.</numerusform>
            <numerusform>These %n orders will not be paid out and are marked returned: the sender is to be refunded. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) go back to the payout queue for a new attempt.</source>
        <translation>
            <numerusform>This order goes back to the payout queue for a new attempt.</numerusform>
            <numerusform>These %n orders go back to the payout queue for a new attempt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) were paid outside the desk and are marked paid out. This cannot be undone.</source>
        <translation>
            <numerusform>This order was paid outside the desk and is marked paid out. This cannot be undone.</numerusform>
            <numerusform>These %n orders were paid outside the desk and are marked paid out. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s) changed.</source>
        <translation>
            <numerusform>%1 of %n order changed.</numerusform>
            <numerusform>%1 of %n orders changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ReconciliationPage</name>
    <message numerus="yes">
        <source>%n mismatch(es) open: each waits for a person.</source>
        <translation>
            <numerusform>%n mismatch open: it waits for a person.</numerusform>
            <numerusform>%n mismatches open: each waits for a person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es) written to %1.</source>
        <translation>
            <numerusform>%n mismatch written to %1.</numerusform>
            <numerusform>%n mismatches written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ReserveBanner</name>
    <message numerus="yes">
        <source>%1, covers all %n payout(s) (%2)</source>
        <translation>
            <numerusform>%1, covers the %n payout (%2)</numerusform>
            <numerusform>%1, covers all %n payouts (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, covers %2 of %n payout(s) (%3 of %4)</source>
        <translation>
            <numerusform>%1, covers %2 of %n payout (%3 of %4)</numerusform>
            <numerusform>%1, covers %2 of %n payouts (%3 of %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 the provider is disabled, its %n payout(s) cannot be sent</source>
        <translation>
            <numerusform>%1 the provider is disabled, its %n payout cannot be sent</numerusform>
            <numerusform>%1 the provider is disabled, its %n payouts cannot be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reserve covers %1 of %n payout(s)</source>
        <translation>
            <numerusform>Reserve covers %1 of %n payout</numerusform>
            <numerusform>Reserve covers %1 of %n payouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short</source>
        <translation>
            <numerusform>%n short</numerusform>
            <numerusform>%n short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not known yet</source>
        <translation>
            <numerusform>%n not known yet</numerusform>
            <numerusform>%n not known yet</numerusform>
        </translation>
    </message>
</context>
</TS>
