#pragma once

#include <functional>
#include <utility>
#include <vector>

namespace pd {

// Texts that must follow a language switch made while the desk runs. Each setter runs once
// when it is added and again on every language change, so a widget keeps its state (tab,
// selection, filters) and only its words change.
class Relabel {
public:
    void operator()(std::function<void()> setText)
    {
        setText();
        m_setters.push_back(std::move(setText));
    }
    void again() const
    {
        for (const auto &setText : m_setters)
            setText();
    }

private:
    std::vector<std::function<void()>> m_setters;
};

} // namespace pd
