#include "game/import/import_text.h"

#include <catch2/catch.hpp>

using game::ImportNote;
using game::parseQuestionText;
using nlohmann::json;

namespace {

// The notes of one level, as "line: message" strings for readable failures.
std::vector<std::string> notesOf(const game::ImportedItems& result, ImportNote::Level level) {
    std::vector<std::string> out;
    for (const auto& n : result.notes)
        if (n.level == level) out.push_back(std::to_string(n.line) + ": " + n.message);
    return out;
}

json options(std::initializer_list<const char*> texts) {
    json out = json::array();
    char key = 'A';
    for (const char* text : texts) out.push_back({{"key", std::string(1, key++)}, {"text", text}});
    return out;
}

} // namespace

TEST_CASE("numbered questions with options on their own lines and 答案 lines", "[import]") {
    const auto result = parseQuestionText(
        "1、接到自称公安局的电话要求转账到安全账户，应该怎么做？\n"
        "A. 马上转账\n"
        "B. 挂断电话，拨打110核实\n"
        "答案：B\n"
        "解析：公检法机关不会要求转账。\n"
        "\n"
        "2. 刷单返利可信吗？\n"
        "A、可信\n"
        "B、不可信\n"
        "【答案】B\n"
        "【解析】刷单就是诈骗。\n"
        "3．哪个是反诈专线？\n"
        "A．96110\n"
        "B．12345\n"
        "【答案】：A\n"
        "（4）以下哪个号码可以报警？\n"
        "(A)110 (B)114\n"
        "正确答案：A\n"
        "(5) 谁会要你转账到安全账户？\n"
        "（A）骗子 （B）警察\n"
        "参考答案：A\n");
    INFO(notesOf(result, ImportNote::Level::Skipped).size());
    CHECK(result.notes.empty());
    REQUIRE(result.items.size() == 5);
    CHECK(result.items[0] == json{{"kind", "single"},
                                  {"prompt", "接到自称公安局的电话要求转账到安全账户，应该怎么做？"},
                                  {"options", options({"马上转账", "挂断电话，拨打110核实"})},
                                  {"answer", {"B"}},
                                  {"explanation", "公检法机关不会要求转账。"}});
    CHECK(result.items[1]["options"] == options({"可信", "不可信"}));
    CHECK(result.items[1]["explanation"] == "刷单就是诈骗。");
    CHECK(result.items[2]["options"] == options({"96110", "12345"}));
    CHECK(result.items[2]["answer"] == json{"A"});
    CHECK(result.items[3]["prompt"] == "以下哪个号码可以报警？");
    CHECK(result.items[3]["options"] == options({"110", "114"}));
    CHECK(result.items[4]["options"] == options({"骗子", "警察"}));
    CHECK_FALSE(result.items[2].contains("explanation"));
    CHECK(result.itemLines == std::vector<int>{1, 7, 12, 16, 19});
}

TEST_CASE("several options on one line, A: markers and full-width letters", "[import]") {
    const auto result = parseQuestionText(
        "1. 下列哪些是诈骗？\n"
        "A.刷单返利  B.冒充客服退款\tC.银行柜台办业务　D.“领导”要你转账\n"
        "答案：ABD\n"
        "2. 选出正确做法\n"
        "A: 挂断 B: 转账 C: 核实 D: 报警\n"
        "答案：A;C;D\n"
        "3. 选出正确做法\n"
        "Ａ、挂断 Ｂ、转账 Ｃ、核实\n"
        "答案：Ａ、Ｃ\n"
        "4. 选出正确做法\n"
        "A、挂断 B、转账 C、核实\n"
        "答案：A,C\n");
    CHECK(result.notes.empty());
    REQUIRE(result.items.size() == 4);
    CHECK(result.items[0]["kind"] == "multi");
    CHECK(result.items[0]["options"] == options({"刷单返利", "冒充客服退款", "银行柜台办业务", "“领导”要你转账"}));
    CHECK(result.items[0]["answer"] == json{"A", "B", "D"});
    CHECK(result.items[1]["options"] == options({"挂断", "转账", "核实", "报警"}));
    CHECK(result.items[1]["answer"] == json{"A", "C", "D"});
    CHECK(result.items[2]["options"] == options({"挂断", "转账", "核实"}));
    CHECK(result.items[2]["answer"] == json{"A", "C"});
    CHECK(result.items[3]["answer"] == json{"A", "C"});
}

TEST_CASE("the answer written in the stem's brackets", "[import]") {
    const auto result = parseQuestionText(
        "1. 接到“客服”退款电话，正确的做法是（ B ）。\n"
        "A. 按对方说的操作 B. 挂断后拨打官方电话核实\n"
        "2. 以下属于诈骗的有( A C )\n"
        "A. 刷单 B. 正常网购 C. 网贷先交保证金\n"
        "3. 正确做法是（Ｂ）\n"
        "A. 转账 B. 报警\n"
        "4. 公检法机关会通过电话要求转账到安全账户。（ × ）\n"
        "5. 不随意点击陌生链接。(√)\n"
        "6. 96110 是反诈预警专线（对）\n");
    CHECK(result.notes.empty());
    REQUIRE(result.items.size() == 6);
    CHECK(result.items[0]["prompt"] == "接到“客服”退款电话，正确的做法是（  ）。");
    CHECK(result.items[0]["answer"] == json{"B"});
    CHECK(result.items[1]["kind"] == "multi");
    CHECK(result.items[1]["answer"] == json{"A", "C"});
    CHECK(result.items[1]["prompt"] == "以下属于诈骗的有(  )");
    CHECK(result.items[2]["answer"] == json{"B"});
    CHECK(result.items[3] == json{{"kind", "truefalse"}, {"prompt", "公检法机关会通过电话要求转账到安全账户。（  ）"}, {"answer", false}});
    CHECK(result.items[4]["answer"] == true);
    CHECK(result.items[5]["answer"] == true);
}

TEST_CASE("true/false answers in every common spelling", "[import]") {
    const char* trueWords[] = {"正确", "对", "√", "✓", "是", "T"};
    const char* falseWords[] = {"错误", "错", "×", "✗", "否", "F"};
    for (const char* word : trueWords) {
        INFO(word);
        const auto result = parseQuestionText(std::string("1. 遇到诈骗拨打110。\n答案：") + word + "\n");
        REQUIRE(result.items.size() == 1);
        CHECK(result.items[0]["kind"] == "truefalse");
        CHECK(result.items[0]["answer"] == true);
    }
    for (const char* word : falseWords) {
        INFO(word);
        const auto result = parseQuestionText(std::string("1. 可以把验证码告诉客服。\n【答案】") + word + "\n");
        REQUIRE(result.items.size() == 1);
        CHECK(result.items[0]["answer"] == false);
    }
}

SCENARIO("section headings set the kind of the questions under them", "[import]") {
    GIVEN("a paper with single, multiple and true/false sections") {
        const auto result = parseQuestionText(
            "一、单项选择题（每题2分，共4分）\n"
            "1. 反诈专线是\n"
            "A. 96110 B. 12315\n"
            "答案：A\n"
            "二、多项选择题\n"
            "1. 哪些是诈骗？\n"
            "A. 刷单 B. 杀猪盘\n"
            "答案：A\n"
            "三、判断题\n"
            "1. 安全账户是骗局。\n"
            "答案：对\n"
            "2. 警察会电话办案。\n"
            "A. 正确 B. 错误\n"
            "答案：B\n"
            "判断题\n"
            "3. 可以出租银行卡。（ 错 ）\n");
        THEN("the heading wins over the answer's form") {
            CHECK(notesOf(result, ImportNote::Level::Skipped).empty());
            REQUIRE(result.items.size() == 5);
            CHECK(result.items[0]["kind"] == "single");
            CHECK(result.items[1]["kind"] == "multi");
            CHECK(result.items[1]["answer"] == json{"A"});
            CHECK(result.items[2]["kind"] == "truefalse");
            CHECK(result.items[3] == json{{"kind", "truefalse"}, {"prompt", "警察会电话办案。"}, {"answer", false}});
            CHECK(result.items[4]["answer"] == false);
        }
    }
    GIVEN("a single-choice section with a question that has two answers") {
        const auto result = parseQuestionText("单选题\n1. 选\nA. 一 B. 二 C. 三\n答案：AB\n");
        THEN("it is imported as multiple choice with a warning") {
            REQUIRE(result.items.size() == 1);
            CHECK(result.items[0]["kind"] == "multi");
            REQUIRE(notesOf(result, ImportNote::Level::Warning).size() == 1);
            CHECK(result.notes[0].line == 2);
        }
    }
    GIVEN("a section of a kind that cannot be imported") {
        const auto result = parseQuestionText("四、简答题\n1. 被骗后怎么办？\n答案：A\n");
        THEN("its questions are reported, not dropped") {
            CHECK(result.items.empty());
            REQUIRE(result.notes.size() == 1);
            CHECK(result.notes[0].line == 2);
            CHECK_THAT(result.notes[0].message, Catch::Contains("简答题"));
        }
    }
}

TEST_CASE("wrapped stems, options and explanations are joined", "[import]") {
    const auto result = parseQuestionText(
        "1. 小王在网上看到“刷单返利”的兼职广告，\n"
        "对方先返了几十元佣金，又要他垫付更多，\n"
        "他应该怎么做？\n"
        "\n"
        "A. 继续垫付，\n"
        "把钱赚回来\n"
        "B. 停止操作并报警\n"
        "答案：B\n"
        "解析：先返小利是诱饵，\n"
        "垫付越多损失越大。\n"
        "2. Is this a scam?\n"
        "A. yes it\n"
        "is\n"
        "B. no\n"
        "答案：A\n");
    CHECK(notesOf(result, ImportNote::Level::Skipped) == std::vector<std::string>{});
    REQUIRE(result.items.size() == 2);
    CHECK(result.items[0]["prompt"] == "小王在网上看到“刷单返利”的兼职广告，对方先返了几十元佣金，又要他垫付更多，他应该怎么做？");
    CHECK(result.items[0]["options"] == options({"继续垫付，把钱赚回来", "停止操作并报警"}));
    CHECK(result.items[0]["explanation"] == "先返小利是诱饵，垫付越多损失越大。");
    CHECK(result.items[1]["options"] == options({"yes it is", "no"}));
}

TEST_CASE("answer and explanation on the same line as other text", "[import]") {
    const auto result = parseQuestionText(
        "1. 反诈APP叫什么？\n"
        "A. 国家反诈中心 B. 随便一个\n"
        "答案：A  解析：官方应用是“国家反诈中心”。\n"
        "2. 反诈专线？ A. 96110 B. 10086 【答案】A\n"
        "A. 96110 B. 10086\n"
        "答案解析：96110 是预警劝阻专线。\n");
    REQUIRE(result.items.size() == 2);
    CHECK(result.items[0]["answer"] == json{"A"});
    CHECK(result.items[0]["explanation"] == "官方应用是“国家反诈中心”。");
    CHECK(result.items[1]["answer"] == json{"A"});
    CHECK(result.items[1]["explanation"] == "96110 是预警劝阻专线。");
}

TEST_CASE("every line that cannot be read is reported with its line number", "[import]") {
    const auto result = parseQuestionText(
        "反诈知识题库\n"             // 1: a title, not a question
        "答案：A\n"                 // 2: answer before any question
        "1. 没有答案的题\n"          // 3
        "A. 甲 B. 乙\n"             // 4
        "2. 答案看不懂\n"            // 5
        "A. 甲 B. 乙\n"             // 6
        "答案：见教材\n"             // 7
        "3. 答案不在选项里\n"        // 8
        "A. 甲 B. 乙\n"             // 9
        "答案：D\n"                 // 10
        "4. 只有一个选项\n"          // 11
        "A. 甲\n"                   // 12
        "答案：A\n"                 // 13
        "5. 选项跳号\n"              // 14
        "A. 甲\n"                   // 15
        "C. 丙\n"                   // 16
        "答案：A\n"                 // 17
        "\n"                        // 18
        "这一行不属于任何题\n"        // 19
        "7. 好题\n"                  // 20
        "A. 甲 B. 乙\n"              // 21
        "答案：B\n");                // 22
    REQUIRE(result.items.size() == 1);
    CHECK(result.items[0]["prompt"] == "好题");
    CHECK(result.itemLines == std::vector<int>{20});
    const auto skipped = notesOf(result, ImportNote::Level::Skipped);
    std::vector<int> lines;
    for (const auto& n : result.notes)
        if (n.level == ImportNote::Level::Skipped) lines.push_back(n.line);
    CHECK(lines == std::vector<int>{1, 2, 3, 5, 7, 8, 11, 14, 16, 19});
    CHECK_THAT(skipped[2], Catch::Contains("no answer found"));
    CHECK_THAT(skipped[3], Catch::Contains("answer or options could not be read"));
    CHECK_THAT(skipped[4], Catch::Contains("见教材"));
    CHECK_THAT(skipped[5], Catch::Contains("option D"));
    CHECK_THAT(skipped[6], Catch::Contains("1 option(s)"));
    CHECK_THAT(skipped[8], Catch::Contains("option C of question 5 is out of order"));
    const auto warnings = notesOf(result, ImportNote::Level::Warning);
    REQUIRE(warnings.size() == 1);
    CHECK_THAT(warnings[0], Catch::StartsWith("20: question 7 follows question 5"));
}

TEST_CASE("question number forms and what is not a question number", "[import]") {
    const auto result = parseQuestionText(
        "第1题 骗子常说的话？\nA. 安全账户 B. 你好\n答案：A\n"
        "1.5万元的“保证金”该交吗？\n");
    REQUIRE(result.items.size() == 1);
    CHECK(result.items[0]["prompt"] == "骗子常说的话？");
    // "1.5万元" is not question 1: the line is reported as a stray line after the answer.
    REQUIRE(result.notes.size() == 1);
    CHECK(result.notes[0].line == 4);
}

TEST_CASE("splitLines numbers lines from one and keeps empty ones", "[import]") {
    const auto lines = game::splitLines("a\n\nb");
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].number == 1);
    CHECK(lines[1].text.empty());
    CHECK(lines[2].number == 3);
    CHECK(lines[2].text == "b");
}
