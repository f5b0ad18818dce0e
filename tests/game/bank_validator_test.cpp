#include "bank_fixtures.h"

#include "game/bank_validator.h"

#include <catch2/catch.hpp>

using fixtures::hasProblem;
using fixtures::itemOf;
using fixtures::problemsOf;
using game::Severity;

TEST_CASE("the fixture bank is valid", "[bank]") {
    const auto problems = problemsOf(fixtures::validBank());
    INFO(fixtures::describe(problems));
    CHECK(problems.empty());
}
