// Store: opening, transactions, units and people. Sessions and sign-ins are in
// store_sessions.cpp; attempts, answers and the wrong-answer book in store_attempts.cpp.
#include "game/records/store.h"

#include "game/records/store_statement.h"

#include <algorithm>
#include <map>
#include <utility>

namespace game {
namespace {

constexpr std::string_view personColumns = "id, name, unit_id, role, number, phone, created_at";

Person readPerson(const Statement& row) {
    Person person;
    person.id = PersonId{row.integer(0)};
    person.name = row.text(1);
    person.unit = UnitId{row.integer(2)};
    person.role = personRoleFromCode(row.text(3)).value_or(PersonRole::Other);
    person.number = row.optionalText(4);
    person.phone = row.optionalText(5);
    person.createdAt = row.timestamp(6);
    return person;
}

Unit readUnit(const Statement& row) {
    Unit unit;
    unit.id = UnitId{row.integer(0)};
    if (const auto parent = row.optionalInteger(1)) unit.parent = UnitId{*parent};
    unit.name = row.text(2);
    unit.kind = unitKindFromCode(row.text(3)).value_or(UnitKind::Other);
    return unit;
}

std::vector<Person> readPeople(Statement& statement) {
    std::vector<Person> people;
    statement.forEachRow([&](const Statement& row) { people.push_back(readPerson(row)); });
    return people;
}

} // namespace

Store Store::open(const std::filesystem::path& path, const StoreOptions& options) {
    return Store(openStoreConnection(path, options));
}

Store::Store(std::unique_ptr<StoreConnection> connection) : m_db(std::move(connection)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

const std::filesystem::path& Store::path() const { return m_db->file(); }

int Store::schemaVersion() { return static_cast<int>(m_db->queryInteger("PRAGMA user_version")); }

void Store::inOneTransaction(const std::function<void()>& work) {
    WriteTransaction transaction(*m_db);
    work();
    transaction.commit();
}

void Store::requireChanged(StoreRow row, std::int64_t id) {
    if (m_db->changes() == 0) throw StoreError(StoreError::Kind::NotFound, m_db->file(), StoreError::Facts::ofRow(row, id));
}

UnitId Store::addUnit(std::string_view name, UnitKind kind, std::optional<UnitId> parent) {
    m_db->cached("INSERT INTO units (name, kind, parent_id) VALUES (?1, ?2, ?3)").with(name, kind, parent).run();
    return UnitId{m_db->lastInsertId()};
}

void Store::renameUnit(UnitId unit, std::string_view name) {
    m_db->cached("UPDATE units SET name = ?2 WHERE id = ?1").with(unit, name).run();
    requireChanged(StoreRow::Unit, unit.value);
}

std::vector<UnitInTree> Store::listUnits() {
    std::vector<Unit> all;
    m_db->cached("SELECT id, parent_id, name, kind FROM units ORDER BY name, id").forEachRow([&](const Statement& row) {
        all.push_back(readUnit(row));
    });
    std::map<std::optional<std::int64_t>, std::vector<const Unit*>> children;
    for (const Unit& u : all) {
        children[u.parent ? std::optional(u.parent->value) : std::nullopt].push_back(&u);
    }
    std::vector<UnitInTree> ordered;
    ordered.reserve(all.size());
    // Depth-first from the top-level units; a stack of (unit, depth) keeps sibling order.
    std::vector<std::pair<const Unit*, int>> stack;
    const auto pushChildren = [&](std::optional<std::int64_t> parent, int depth) {
        const auto found = children.find(parent);
        if (found == children.end()) return;
        for (auto it = found->second.rbegin(); it != found->second.rend(); ++it) stack.emplace_back(*it, depth);
    };
    pushChildren(std::nullopt, 0);
    while (!stack.empty()) {
        const auto [u, depth] = stack.back();
        stack.pop_back();
        ordered.push_back({*u, depth});
        pushChildren(u->id.value, depth + 1);
    }
    return ordered;
}

std::optional<Unit> Store::unit(UnitId unit) {
    std::optional<Unit> found;
    m_db->cached("SELECT id, parent_id, name, kind FROM units WHERE id = ?1").with(unit).firstRow([&](const Statement& row) {
        found = readUnit(row);
    });
    return found;
}

PersonId Store::addPerson(const Person& p) {
    m_db->cached("INSERT INTO people (name, unit_id, role, number, phone, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .with(p.name, p.unit, p.role, p.number, p.phone, p.createdAt)
        .run();
    return PersonId{m_db->lastInsertId()};
}

void Store::updatePerson(const Person& p) {
    m_db->cached("UPDATE people SET name = ?2, unit_id = ?3, role = ?4, number = ?5, phone = ?6 WHERE id = ?1")
        .with(p.id, p.name, p.unit, p.role, p.number, p.phone)
        .run();
    requireChanged(StoreRow::Person, p.id.value);
}

std::optional<Person> Store::person(PersonId id) {
    static const std::string sql = "SELECT " + std::string(personColumns) + " FROM people WHERE id = ?1";
    std::optional<Person> found;
    m_db->cached(sql).with(id).firstRow([&](const Statement& row) { found = readPerson(row); });
    return found;
}

std::vector<Person> Store::peopleInUnit(UnitId unit, bool includeSubunits) {
    static const std::string direct =
        "SELECT " + std::string(personColumns) + " FROM people WHERE unit_id = ?1 ORDER BY name, id";
    static const std::string below = "SELECT " + std::string(personColumns) + " FROM people WHERE unit_id IN " +
                                     unitAndBelowSql(1) + " ORDER BY name, id";
    return readPeople(m_db->cached(includeSubunits ? below : direct).with(unit));
}

std::vector<Person> Store::findPeople(std::string_view text, std::optional<UnitId> within) {
    // instr() rather than LIKE, so % and _ typed by a user are plain characters.
    static const std::string sql = "SELECT " + std::string(personColumns) +
                                   " FROM people WHERE (instr(lower(name), lower(?1)) > 0"
                                   " OR substr(number, 1, length(?1)) = ?1)"
                                   " AND (?2 IS NULL OR unit_id IN " +
                                   unitAndBelowSql(2) + ") ORDER BY name, id";
    return readPeople(m_db->cached(sql).with(text, within));
}

} // namespace game
