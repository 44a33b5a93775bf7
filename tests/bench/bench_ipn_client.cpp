// The sending side of bench_ipn, in a process of its own: N HTTP/1.1 requests over C keep-alive
// connections to 127.0.0.1:PORT, each connection sending its next request as soon as the
// previous one is answered (no pipelining). POSIX sockets and poll(); Qt only for SHA-256.
//   mode "ipn":  N signed IPNs to POST /ipn, each for an order of its own (orderId 65f1…, the
//                index in hex), status inProgressPayout, the current time as timestamp;
//   mode "ping": the same bodies to POST /ping (a route that answers at once).
// Every body is built and signed before the clock starts. The IPN secret is read from stdin
// (one line), as nothing secret belongs on a command line.
// Prints one line: "answered200 N other N failed N elapsed_ms X". With ANSWERED_FILE it also
// writes the index of every request answered 200, one a line, for the server to look up.
// Usage: bench_ipn_client PORT ipn|ping N CONNECTIONS [ANSWERED_FILE]
#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

namespace {

QByteArray orderId(int index)
{
    char id[32];
    std::snprintf(id, sizeof id, "65f1%020x", unsigned(index));
    return QByteArray(id);
}

QByteArray ipnBody(int index, const QByteArray &secret, qint64 timestamp)
{
    const QByteArray id = orderId(index), status = "inProgressPayout", in = "0.0015", out = "12.34", from = "BTC",
                     to = "USDTTRC20", ts = QByteArray::number(timestamp);
    const QByteArray signedText
        = id + ':' + status + ':' + in + ':' + out + ':' + from + ':' + to + ':' + ts + ':' + secret;
    const QByteArray hash = QCryptographicHash::hash(signedText, QCryptographicHash::Sha256).toHex();
    return "orderUID=" + QByteArray::number(index + 1) + "&orderId=" + id + "&newStatus=" + status + "&inAmount=" + in
        + "&outAmount=" + out + "&xml_from=" + from + "&xml_to=" + to + "&timestamp=" + ts
        + "&toValues%5B0%5D%5Bkey%5D=address&toValues%5B0%5D%5Bname%5D=Wallet"
          "&toValues%5B0%5D%5Bvalue%5D=TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t&hash="
        + hash;
}

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

struct Connection {
    int fd = -1;
    int request = -1; // in flight, or -1
    size_t written = 0;
    std::string in;
};

// A complete response at the start of `in`: its status and length, else 0 (need more bytes)
// or -1 (not HTTP).
struct Response {
    int status = 0;
    size_t length = 0;
    size_t bodyAt = 0;
    bool close = false;
};
int parseResponse(const std::string &in, Response *r)
{
    const size_t end = in.find("\r\n\r\n");
    if (end == std::string::npos)
        return 0;
    if (in.compare(0, 9, "HTTP/1.1 ") != 0 && in.compare(0, 9, "HTTP/1.0 ") != 0)
        return -1;
    r->status = std::atoi(in.c_str() + 9);
    size_t contentLength = 0;
    size_t line = in.find("\r\n") + 2;
    while (line < end) {
        const size_t next = in.find("\r\n", line);
        std::string header = in.substr(line, next - line);
        for (char &c : header)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        if (header.rfind("content-length:", 0) == 0)
            contentLength = std::strtoul(header.c_str() + 15, nullptr, 10);
        else if (header.rfind("connection:", 0) == 0 && header.find("close") != std::string::npos)
            r->close = true;
        line = next + 2;
    }
    r->bodyAt = end + 4;
    r->length = r->bodyAt + contentLength;
    return in.size() >= r->length ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: bench_ipn_client PORT ipn|ping N CONNECTIONS [ANSWERED_FILE]\n");
        return 2;
    }
    const quint16 port = quint16(std::atoi(argv[1]));
    const bool ipn = std::strcmp(argv[2], "ipn") == 0;
    const int count = std::atoi(argv[3]);
    const int connections = std::atoi(argv[4]);
    const char *answeredFile = argc > 5 ? argv[5] : nullptr;
    std::string secret;
    std::getline(std::cin, secret);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray head = QByteArray(ipn ? "POST /ipn" : "POST /ping") + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + QByteArray::number(port) + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ";
    std::vector<QByteArray> requests;
    requests.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const QByteArray body = ipnBody(i, QByteArray::fromStdString(secret), now);
        requests.push_back(head + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    std::vector<Connection> conns(static_cast<size_t>(connections));
    for (Connection &c : conns) {
        c.fd = connectTo(port);
        if (c.fd < 0) {
            std::fprintf(stderr, "cannot connect to 127.0.0.1:%u: %s\n", port, std::strerror(errno));
            return 1;
        }
    }

    std::vector<int> status(size_t(count), 0); // 0: no answer
    int next = 0, finished = 0, refused = 0;
    const auto start = std::chrono::steady_clock::now();
    const auto deadline = start + std::chrono::minutes(15);
    const auto send = [&](Connection &c) {
        while (c.request >= 0 && c.written < size_t(requests[size_t(c.request)].size())) {
            const QByteArray &r = requests[size_t(c.request)];
            const ssize_t n = ::send(c.fd, r.constData() + c.written, size_t(r.size()) - c.written, MSG_NOSIGNAL);
            if (n < 0)
                return errno == EAGAIN || errno == EWOULDBLOCK;
            c.written += size_t(n);
        }
        return true;
    };
    const auto assign = [&](Connection &c) {
        c.request = next < count ? next++ : -1;
        c.written = 0;
        return c.request < 0 || send(c);
    };
    // The connection broke or the server closed it: what was in flight has no answer; carry on
    // on a fresh connection.
    const auto reconnect = [&](Connection &c) {
        if (c.request >= 0) {
            ++finished;
            c.request = -1;
        }
        ::close(c.fd);
        c.in.clear();
        c.fd = next < count ? connectTo(port) : -1;
        if (c.fd >= 0 && !assign(c)) {
            ++finished;
            c.request = -1;
        }
    };
    for (Connection &c : conns) {
        if (!assign(c))
            reconnect(c);
    }

    std::vector<pollfd> fds(conns.size());
    char buffer[65536];
    while (finished < count && std::chrono::steady_clock::now() < deadline) {
        for (size_t i = 0; i < conns.size(); ++i) {
            const Connection &c = conns[i];
            const bool writing = c.request >= 0 && c.written < size_t(requests[size_t(c.request)].size());
            fds[i] = { c.fd, short(POLLIN | (writing ? POLLOUT : 0)), 0 };
        }
        if (::poll(fds.data(), nfds_t(fds.size()), 1000) < 0 && errno != EINTR) {
            std::perror("poll");
            return 1;
        }
        for (size_t i = 0; i < conns.size(); ++i) {
            Connection &c = conns[i];
            if (c.fd < 0 || fds[i].revents == 0)
                continue;
            if ((fds[i].revents & POLLOUT) && !send(c)) {
                reconnect(c);
                continue;
            }
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                continue;
            if (n <= 0) {
                reconnect(c);
                continue;
            }
            c.in.append(buffer, size_t(n));
            bool broken = false;
            for (;;) {
                Response r;
                const int parsed = parseResponse(c.in, &r);
                if (parsed == 0)
                    break;
                if (parsed < 0) {
                    broken = true;
                    break;
                }
                if (r.status != 200 && ++refused <= 3) // say why, a few times
                    std::fprintf(stderr, "request %d answered %d: %s\n", c.request, r.status,
                        c.in.substr(r.bodyAt, r.length - r.bodyAt).c_str());
                c.in.erase(0, r.length);
                if (c.request >= 0) {
                    status[size_t(c.request)] = r.status;
                    ++finished;
                    c.request = -1;
                }
                if (r.close || !assign(c)) {
                    broken = true;
                    break;
                }
            }
            if (broken)
                reconnect(c);
        }
        bool open = false;
        for (const Connection &c : conns)
            open = open || c.fd >= 0;
        if (!open)
            break;
    }
    const double elapsedMs
        = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    for (Connection &c : conns) {
        if (c.fd >= 0)
            ::close(c.fd);
    }

    int ok = 0, other = 0, failed = 0;
    FILE *out = answeredFile ? std::fopen(answeredFile, "w") : nullptr;
    for (int i = 0; i < count; ++i) {
        const int s = status[size_t(i)];
        if (s == 200) {
            ++ok;
            if (out)
                std::fprintf(out, "%d\n", i);
        } else if (s == 0) {
            ++failed;
        } else {
            ++other;
        }
    }
    if (out)
        std::fclose(out);
    std::printf("answered200 %d other %d failed %d elapsed_ms %.1f\n", ok, other, failed, elapsedMs);
    return 0;
}
