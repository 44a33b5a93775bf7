#include "SecretInput.h"

#include <QFile>
#include <termios.h>
#include <unistd.h>

namespace pd {

QString SecretInput::readLine()
{
    termios saved {};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QString line = QString::fromUtf8(in.readLine());
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

} // namespace pd
