#pragma once

#include <QString>

namespace pd {

// Every way a call to a provider can fail, typed so the engine can tell "definitely not
// paid" from "we do not know" (three outcomes, not two: "not sent" may be retried, "unknown" never).
struct ProviderError {
    enum class Kind {
        None,
        NotConfigured, // a key or secret is missing, or the keychain could not be read
        InvalidRequest, // refused by us before sending (bad recipient, bad amount)
        Network, // no connection was made, or it broke
        Timeout, // no answer in time
        Http, // an HTTP error status without a provider error body
        Provider, // the provider answered with its own error code and message
        InsufficientBalance, // the provider (or our check) says the balance does not cover it
        Unparsable, // an answer that is not what the API documents
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // the provider's error code, if any
    QString message; // for staff

    bool isError() const { return kind != Kind::None; }
    // True when the request may have reached the provider and been acted on: a transfer
    // that ends so is "unknown", reconciled by asking, never sent again on its own.
    bool outcomeUnknown() const
    {
        return kind == Kind::Timeout || kind == Kind::Unparsable || (kind == Kind::Network && requestSent)
            || ((kind == Kind::Http || kind == Kind::Provider) && httpStatus >= 500);
    }
    bool requestSent = false;
    int retryAfterSeconds = 0; // from a 429 or 503's Retry-After header, if any

    // The provider asks to be left alone for a while (rate limit, overload).
    bool isBusy() const { return httpStatus == 429 || httpStatus >= 500; }
};

} // namespace pd
