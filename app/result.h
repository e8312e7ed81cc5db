#pragma once

#include <QString>

#include <optional>
#include <utility>

// The core's error channel: a value or a translated sentence the user can act on. No exceptions cross the
// core's API, so every caller (window, icctl, tests) sees failures the same way.
struct Failure
{
    QString message;
};

inline Failure fail(QString message)
{
    return Failure{std::move(message)};
}

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Failure failure) : m_error(std::move(failure.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value, so that `for (x : f().value())` keeps the list alive for the loop (a reference into the
    // temporary Result would dangle).
    T value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const QString& error() const { return m_error; }
    Failure failure() const { return Failure{m_error}; }

private:
    std::optional<T> m_value;
    QString m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure) : m_failed(true), m_error(std::move(failure.message)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
    Failure failure() const { return Failure{m_error}; }

private:
    bool m_failed = false;
    QString m_error;
};

using Status = Result<void>;
