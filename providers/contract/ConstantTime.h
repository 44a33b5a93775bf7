#pragma once

#include <QByteArray>

namespace pd {

// Comparing a signature must not tell an attacker, by its timing, how much of a forgery was
// right: every byte is looked at whatever the first difference.
class ConstantTime {
public:
    static bool equal(const QByteArray &a, const QByteArray &b)
    {
        if (a.size() != b.size() || a.isEmpty())
            return false;
        unsigned char difference = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
        return difference == 0;
    }
};

} // namespace pd
