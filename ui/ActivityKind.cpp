#include "ActivityKind.h"

#include <QCoreApplication>
#include <QHash>

namespace pd {

QString ActivityKind::title(const QString &kind)
{
    // The codes as ActivityLog::append is given them across the desk.
    static const QHash<QString, const char *> titles = {
        { QStringLiteral("ipn.rejected"), QT_TRANSLATE_NOOP("pd::ActivityKind", "IPN refused") },
        { QStringLiteral("ipn.failed"), QT_TRANSLATE_NOOP("pd::ActivityKind", "IPN not stored") },
        { QStringLiteral("webhook.rejected"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Provider webhook refused") },
        { QStringLiteral("order.created"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Order created") },
        { QStringLiteral("import"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Orders imported") },
        { QStringLiteral("import.rejected"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Import refused") },
        { QStringLiteral("payout.failed"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Payout failed") },
        { QStringLiteral("payout.unknown"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Payout outcome unknown") },
        { QStringLiteral("payout.needsAttention"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Payout needs a person") },
        { QStringLiteral("reconciliation.mismatch"),
            QT_TRANSLATE_NOOP("pd::ActivityKind", "Reconciliation found mismatches") },
        { QStringLiteral("reconciliation.resolved"),
            QT_TRANSLATE_NOOP("pd::ActivityKind", "Reconciliation mismatch resolved") },
        { QStringLiteral("payout.hold"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Payout held") },
        { QStringLiteral("payout.release"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Hold released") },
        { QStringLiteral("payout.reject"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Payout rejected") },
        { QStringLiteral("payout.retry"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Payout back in the queue") },
        { QStringLiteral("payout.mark-paid"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Marked paid outside the desk") },
        { QStringLiteral("payout.resent"),
            QT_TRANSLATE_NOOP("pd::ActivityKind", "Payout sent again (same reference)") },
        { QStringLiteral("recipient.accepted"), QT_TRANSLATE_NOOP("pd::ActivityKind", "New recipient accepted") },
        { QStringLiteral("recipient.kept"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Pinned recipient kept") },
        { QStringLiteral("provider.settings"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Provider settings changed") },
        { QStringLiteral("provider.secret"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Provider secret changed") },
        { QStringLiteral("desk.settings"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Desk settings changed") },
        { QStringLiteral("settings"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Settings changed") },
        { QStringLiteral("limits"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Payout limits changed") },
        { QStringLiteral("blocklist"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Blocked recipients changed") },
        { QStringLiteral("staff"), QT_TRANSLATE_NOOP("pd::ActivityKind", "Staff changed") },
    };
    const auto found = titles.constFind(kind);
    return found == titles.constEnd() ? kind : QCoreApplication::translate("pd::ActivityKind", *found);
}

} // namespace pd
