#include "support/program_run.h"

#include "app/program.h"

#include <iostream>
#include <sstream>

namespace testing {

namespace {
// Sends a stream into a string buffer until the end of the scope.
class Capture {
public:
    explicit Capture(std::ostream& stream) : m_stream(stream), m_old(stream.rdbuf(m_text.rdbuf())) {}
    ~Capture() { m_stream.rdbuf(m_old); }
    Capture(const Capture&) = delete;
    Capture& operator=(const Capture&) = delete;
    [[nodiscard]] std::string text() const { return m_text.str(); }

private:
    std::ostringstream m_text;
    std::ostream& m_stream;
    std::streambuf* m_old;
};
} // namespace

ProgramRun runInProcess(const std::vector<std::string>& args) {
    Capture out(std::cout);
    Capture err(std::cerr);
    ProgramRun run;
    run.status = app::runProgram(args);
    run.out = out.text();
    run.err = err.text();
    return run;
}

} // namespace testing
