#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pd {

// One key of a provider's configuration, as spec/000's required_config gives it:
// 1 → a plain field whose stored value is shown; 2 → a secret, kept in the OS keychain and
// never shown back.
struct ConfigKey {
    enum class Kind { Shown = 1, Secret = 2 };
    QString key;
    Kind kind = Kind::Shown;
    QString label; // English; the form translates the common ones
};

// What a provider adapter declares about itself (spec/000's configure.js): read from the
// adapter's manifest.json, a Qt resource of the adapter.
struct Manifest {
    QString type; // "payout"
    QString name; // the adapter's id, e.g. "sandbox"
    QString title;
    QStringList allowXml; // the currency XML codes it pays out
    QJsonObject defaultConfig;
    QList<ConfigKey> requiredConfig; // shown keys first, then secrets, each in file order
    QStringList optionalConfig; // keys of required_config that may stay empty (webhook keys)
    QString icon; // a resource path, at least 150×150
    int pollIntervalSeconds = 60;
    bool pollAtStart = true; // spec/000's callWhenInit
    // "resend_same_reference": the provider books nothing new for a create whose reference it
    // already has (it refuses it, or answers with the payout it has), so an attempt whose create
    // was lost or refused, and that the provider does not know by its reference, may be sent
    // again with the same reference. False unless the provider's documentation guarantees it.
    bool resendSameReference = false;
    QJsonObject fields; // recipient fields per XML code or else per currency kind (see RecipientField)

    static std::optional<Manifest> fromJson(const QByteArray &json, QString *error);
    static std::optional<Manifest> fromResource(const QString &path, QString *error);
    // The manifest an adapter ships as its resource (:/payoutdesk/providers/<name>/manifest.json);
    // a broken one is a build defect, so it stops the program with the reason.
    static Manifest builtIn(const QString &name);

    bool serves(QStringView xml) const;
    std::optional<ConfigKey> configKey(QStringView key) const;
    QStringList secretKeys() const;
};

} // namespace pd
