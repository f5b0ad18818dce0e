#include "support/district_records.h"

#include "game/quiz/paper.h"
#include "game/quiz/paper_rules.h"
#include "game/quiz/response.h"
#include "game/scenario/scenario_run.h"
#include "game/records/store.h"
#include "game/records/store_schema.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <random>
#include <stdexcept>
#include <string>
#include <thread>

namespace testing {

namespace {

// Bump when what is generated changes, so old files are made again.
constexpr int kGeneratorVersion = 2;
const game::Timestamp kStart = game::timestampFromUnixMs(1'700'000'000'000); // 2023-11

class Db {
public:
    explicit Db(const std::filesystem::path& file) {
        if (sqlite3_open(file.c_str(), &m_db) != SQLITE_OK) fail("open");
    }
    ~Db() { sqlite3_close(m_db); }
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;
    void exec(const std::string& sql) {
        char* error = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
            const std::string message = error ? error : "?";
            sqlite3_free(error);
            throw std::runtime_error("district records: " + message + " in: " + sql.substr(0, 200));
        }
    }
    // Runs sql once per row of values, each value bound as text or integer.
    void insert(const std::string& sql, const std::vector<std::vector<std::string>>& rows) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) fail("prepare");
        for (const auto& row : rows) {
            sqlite3_reset(statement);
            for (size_t i = 0; i < row.size(); ++i)
                sqlite3_bind_text(statement, static_cast<int>(i + 1), row[i].c_str(), -1, SQLITE_TRANSIENT);
            if (sqlite3_step(statement) != SQLITE_DONE) fail("insert");
        }
        sqlite3_finalize(statement);
    }

private:
    [[noreturn]] void fail(const char* what) {
        throw std::runtime_error(std::string("district records: ") + what + ": " + sqlite3_errmsg(m_db));
    }
    sqlite3* m_db = nullptr;
};

// What a player's answer to an item looks like in the store, right or wrong.
std::string storedResponse(const game::Item& item, bool right) {
    game::Response r;
    switch (item.kind) {
    case game::ItemKind::Single:
    case game::ItemKind::Multi:
        if (right) r.keys = item.answerKeys;
        else if (!item.options.empty()) r.keys = {item.options.back().key};
        break;
    case game::ItemKind::TrueFalse: r.truth = right ? item.answerTrue : !item.answerTrue; break;
    case game::ItemKind::SpotFlags: r.pieces = {0}; break;
    case game::ItemKind::Ordering:
        for (const auto& step : item.steps) r.keys.push_back(step.key);
        if (!right && r.keys.size() > 1) std::swap(r.keys[0], r.keys[1]);
        break;
    case game::ItemKind::Scenario:
        for (const auto& ending : item.scenario.endings)
            if ((ending.outcome == game::Outcome::Safe) == right) {
                r.endingId = ending.id;
                game::ScenarioRecord record;
                record.itemId = item.id;
                record.endingId = ending.id;
                record.outcome = ending.outcome;
                r.scenario = record;
                break;
            }
        break;
    }
    return game::toJson(r).dump();
}

void generate(const std::filesystem::path& file, std::span<const game::Bank> banks, const DistrictSize& size) {
    { auto store = game::Store::open(file); } // the current schema
    Db db(file);
    db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN");
    // Units: a township, 12 schools and villages, 8 classes or departments in each.
    std::vector<std::vector<std::string>> units{{"1", "", "城关镇", "township"}};
    int unitId = 1;
    std::vector<int> leaves;
    for (int top = 0; top < 12; ++top) {
        const int parent = ++unitId;
        const bool school = top % 2 == 0;
        units.push_back({std::to_string(parent), "1", (school ? "第" + std::to_string(top + 1) + "小学" : std::to_string(top + 1) + "号村"),
                         school ? "school" : "village"});
        for (int child = 0; child < 8; ++child) {
            leaves.push_back(++unitId);
            units.push_back({std::to_string(unitId), std::to_string(parent),
                             (school ? std::to_string(child + 1) + "年级一班" : "第" + std::to_string(child + 1) + "组"),
                             school ? "class" : "department"});
        }
    }
    db.insert("INSERT INTO units (id, parent_id, name, kind) VALUES (?1, NULLIF(?2, ''), ?3, ?4)", units);
    db.exec("CREATE TEMP TABLE leaves (n INTEGER PRIMARY KEY, unit INTEGER)");
    for (size_t i = 0; i < leaves.size(); ++i)
        db.exec("INSERT INTO leaves (n, unit) VALUES (" + std::to_string(i) + ", " + std::to_string(leaves[i]) + ")");
    const std::string leafCount = std::to_string(leaves.size());
    const std::string ms = std::to_string(game::unixMs(kStart));

    // People: two-character and three-character names from common surnames and given names.
    db.exec("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < " + std::to_string(size.people) +
            ") INSERT INTO people (id, name, unit_id, role, number, created_at)"
            " SELECT i + 1, substr('张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗', i % 20 + 1, 1)"
            " || substr('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平', (i / 20) % 20 + 1, 1)"
            " || CASE WHEN i % 3 = 0 THEN substr('华红文英建国玉兰春梅', (i / 400) % 10 + 1, 1) ELSE '' END,"
            " (SELECT unit FROM leaves WHERE leaves.n = i % " + leafCount + "),"
            " CASE WHEN (SELECT unit FROM leaves WHERE leaves.n = i % " + leafCount + ") % 2 = 1 THEN 'pupil' ELSE 'resident' END,"
            " printf('2023%05d', i), " + ms + " FROM n");

    // Sessions, each with a real paper drawn from the banks; every paper's items as rows.
    db.exec("CREATE TEMP TABLE papers (paper INTEGER PRIMARY KEY, json TEXT, max_score REAL)");
    db.exec("CREATE TEMP TABLE paper_items (paper INTEGER, position INTEGER, item_id TEXT, right_response TEXT,"
            " wrong_response TEXT, points REAL, PRIMARY KEY (paper, position))");
    game::PaperRules rules = game::defaultPaperRules();
    rules.sections.front().count = size.answersPerAttempt;
    rules.sections.front().filter.kinds.push_back(game::ItemKind::Scenario);
    constexpr int kPapers = 16;
    std::vector<std::vector<std::string>> paperRows, itemRows;
    for (int p = 0; p < kPapers; ++p) {
        const auto paper = game::drawPaper(rules, banks, static_cast<std::uint64_t>(p) + 1);
        paperRows.push_back({std::to_string(p), game::toJson(paper).dump(), std::to_string(paper.maxScore)});
        for (size_t i = 0; i < paper.items.size(); ++i) {
            const auto* item = game::findItem(banks, paper.items[i].itemId);
            itemRows.push_back({std::to_string(p), std::to_string(i), item->id, storedResponse(*item, true),
                                storedResponse(*item, false), std::to_string(paper.items[i].points)});
        }
    }
    db.insert("INSERT INTO papers VALUES (?1, ?2, ?3)", paperRows);
    db.insert("INSERT INTO paper_items VALUES (?1, ?2, ?3, ?4, ?5, ?6)", itemRows);
    db.exec("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < " + std::to_string(size.sessions) +
            ") INSERT INTO sessions (id, title, unit_id, organiser, place, starts_at, ends_at, paper_rules, status)"
            " SELECT i + 1, printf('第%d期全民反诈培训', i + 1), (SELECT unit FROM leaves WHERE leaves.n = i % " + leafCount + "),"
            " '王老师', '多功能厅', " + ms + " + i * 86400000, " + ms + " + i * 86400000 + 3600000, '" +
            game::toJson(rules).dump() + "', CASE WHEN i % 50 = 0 THEN 'open' ELSE 'closed' END FROM n");
    db.exec("INSERT INTO session_units (session_id, unit_id) SELECT id, unit_id FROM sessions");

    // Attempts: every other one in a session of the person's unit, the rest practice.
    const std::string perAttempt = std::to_string(size.answersPerAttempt);
    db.exec("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < " + std::to_string(size.attempts) +
            ") INSERT INTO attempts (id, session_id, person_id, paper, seed, started_at, finished_at, score, max_score, passed)"
            " SELECT i + 1, CASE WHEN i % 2 = 0 THEN (i / 2) % " + std::to_string(size.sessions) + " + 1 END,"
            " i % " + std::to_string(size.people) + " + 1, papers.json, i % " + std::to_string(kPapers) + " + 1,"
            " " + ms + " + i * 60000, CASE WHEN i % 997 = 0 THEN NULL ELSE " + ms + " + i * 60000 + 600000 END,"
            " CASE WHEN i % 997 = 0 THEN NULL ELSE papers.max_score * ((i * 7) % 10) / 10.0 END, papers.max_score,"
            " CASE WHEN i % 997 = 0 THEN NULL ELSE ((i * 7) % 10) >= 6 END"
            " FROM n JOIN papers ON papers.paper = i % " + std::to_string(kPapers));
    db.exec("INSERT INTO answers (attempt_id, item_id, position, response, correct, points, time_taken_ms, answered_at)"
            " SELECT attempts.id, paper_items.item_id, paper_items.position,"
            " CASE WHEN (attempts.id + paper_items.position) % 3 = 0 THEN wrong_response ELSE right_response END,"
            " (attempts.id + paper_items.position) % 3 <> 0,"
            " CASE WHEN (attempts.id + paper_items.position) % 3 = 0 THEN 0 ELSE paper_items.points END,"
            " 5000 + (attempts.id * 13 + paper_items.position * 7) % 20000, attempts.started_at + (paper_items.position + 1) * 25000"
            " FROM attempts JOIN paper_items ON paper_items.paper = (attempts.id - 1) % " + std::to_string(kPapers) +
            " ORDER BY attempts.id, paper_items.position");
    db.exec("INSERT OR IGNORE INTO sign_ins (session_id, person_id, signed_at, method)"
            " SELECT session_id, person_id, started_at - 60000, 'roster' FROM attempts WHERE session_id IS NOT NULL");
    db.exec("INSERT OR IGNORE INTO reviews (person_id, item_id, stage, due_at, last_result, reviewed_at)"
            " SELECT attempts.person_id, answers.item_id, 1, answers.answered_at + 86400000, 0, answers.answered_at"
            " FROM answers JOIN attempts ON attempts.id = answers.attempt_id WHERE answers.correct = 0 AND attempts.id % 10 = 0");
    db.exec("COMMIT; PRAGMA journal_mode = WAL");
}

} // namespace

std::filesystem::path districtRecords(const std::filesystem::path& folder, std::span<const game::Bank> banks,
                                      const DistrictSize& size) {
    // Named by the generator's and the schema's versions, so a change to either makes it again.
    const auto file = folder / ("district-v" + std::to_string(kGeneratorVersion) + "-schema" +
                                std::to_string(game::storeMigrations().back().version) + "-" + std::to_string(size.people) + "-" +
                                std::to_string(size.attempts) + "-" + std::to_string(size.answersPerAttempt) + ".db");
    if (std::filesystem::exists(file)) return file;
    std::filesystem::create_directories(folder);
    const auto partial = folder / (file.filename().string() + ".part-" + std::to_string(std::random_device{}()));
    std::filesystem::remove(partial);
    generate(partial, banks, size);
    std::filesystem::rename(partial, file); // whole or not there
    return file;
}

} // namespace testing
