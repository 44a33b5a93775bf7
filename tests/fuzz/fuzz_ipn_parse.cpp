// libFuzzer target for the IPN body parser (app/merchant/IpnMessage): any bytes may arrive at
// POST /ipn. Besides what ASan and UBSan catch, it checks two properties and traps otherwise:
//  - what parse() accepts is what IpnInbox relies on without checking again: a known status,
//    an ObjectId, a positive UID and timestamp, amounts that Money::parse() reads (the inbox
//    would store 0 for one it cannot), at most 64 recipient fields;
//  - a parsed IPN survives the round trip: toForm("k") parses again to the same message,
//    whose checksum matches "k".
// Built by tests/fuzz/CMakeLists.txt (clang, .ci/fuzz); the main build replays the corpus
// through it (fuzz.cmake, replay_main.cpp).
#include "merchant/IpnMessage.h"

#include "contract/Money.h"
#include "domain/OrderStatus.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using pd::IpnMessage;

namespace {

void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

bool sameMessage(const IpnMessage &a, const IpnMessage &b)
{
    return a.orderUid == b.orderUid && a.orderId == b.orderId && a.newStatus == b.newStatus && a.inAmount == b.inAmount
        && a.outAmount == b.outAmount && a.xmlFrom == b.xmlFrom && a.xmlTo == b.xmlTo && a.timestamp == b.timestamp
        && a.toValues == b.toValues;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    IpnMessage::Problem problem = IpnMessage::Problem::None;
    QString error;
    const auto message = IpnMessage::parse(body, &problem, &error);
    if (!message) {
        require(problem != IpnMessage::Problem::None && !error.isEmpty());
        return 0;
    }
    require(problem == IpnMessage::Problem::None);

    // What the inbox takes for granted.
    require(pd::OrderStatuses::fromCode(message->newStatus).has_value());
    require(pd::Order::isObjectId(message->orderId));
    require(message->orderUid.toLongLong() > 0);
    require(message->timestampMs() > 0);
    require(pd::Money::parse(message->inAmount).has_value());
    require(pd::Money::parse(message->outAmount).has_value());
    require(message->toValues.size() <= 64);
    (void)message->hashMatches("k"); // whatever hash it came with

    // The round trip.
    const QByteArray form = message->toForm("k");
    IpnMessage::Problem againProblem = IpnMessage::Problem::None;
    const auto again = IpnMessage::parse(form, &againProblem);
    require(again.has_value() && againProblem == IpnMessage::Problem::None);
    require(sameMessage(*message, *again));
    require(again->hashMatches("k"));
    require(!again->hashMatches("k2"));
    return 0;
}
