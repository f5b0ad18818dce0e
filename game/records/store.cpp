// Store: opening, transactions, units and people. Sessions and sign-ins are in
// store_sessions.cpp; attempts, answers and the wrong-answer book in store_attempts.cpp.
#include "game/records/store.h"

#include "game/records/store_statement.h"

#include <algorithm>
#include <map>
#include <utility>

namespace game {
namespace {

constexpr std::string_view personColumns = "id, name, unit_id, role, number, created_at, removed_at";

Person readPerson(const Statement& row) {
    Person person;
    person.id = PersonId{row.integer(0)};
    person.name = row.text(1);
    if (const auto unit = row.optionalInteger(2)) person.unit = UnitId{*unit};
    person.role = personRoleFromCode(row.text(3)).value_or(PersonRole::Other);
    person.number = row.optionalText(4);
    person.createdAt = row.timestamp(5);
    if (const auto removed = row.optionalInteger(6)) person.removedAt = timestampFromUnixMs(*removed);
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
    m_db->cached("INSERT INTO people (name, unit_id, role, number, created_at, removed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .with(p.name, p.unit, p.role, p.number, p.createdAt, p.removedAt)
        .run();
    return PersonId{m_db->lastInsertId()};
}

void Store::updatePerson(const Person& p) {
    m_db->cached("UPDATE people SET name = ?2, unit_id = ?3, role = ?4, number = ?5 WHERE id = ?1")
        .with(p.id, p.name, p.unit, p.role, p.number)
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
    static const std::string direct = "SELECT " + std::string(personColumns) +
                                      " FROM people WHERE unit_id = ?1 AND removed_at IS NULL ORDER BY name, id";
    static const std::string below = "SELECT " + std::string(personColumns) + " FROM people WHERE unit_id IN " +
                                     unitAndBelowSql(1) + " AND removed_at IS NULL ORDER BY name, id";
    return readPeople(m_db->cached(includeSubunits ? below : direct).with(unit));
}

std::vector<Person> Store::removedPeopleInUnit(UnitId unit, bool includeSubunits) {
    static const std::string direct = "SELECT " + std::string(personColumns) +
                                      " FROM people WHERE unit_id = ?1 AND removed_at IS NOT NULL ORDER BY name, id";
    static const std::string below = "SELECT " + std::string(personColumns) + " FROM people WHERE unit_id IN " +
                                     unitAndBelowSql(1) + " AND removed_at IS NOT NULL ORDER BY name, id";
    return readPeople(m_db->cached(includeSubunits ? below : direct).with(unit));
}

std::vector<Person> Store::localPeople() {
    static const std::string sql = "SELECT " + std::string(personColumns) +
                                   " FROM people WHERE unit_id IS NULL AND removed_at IS NULL ORDER BY name, id";
    return readPeople(m_db->cached(sql));
}

void Store::removePerson(PersonId person, Timestamp at) {
    m_db->cached("UPDATE people SET removed_at = coalesce(removed_at, ?2) WHERE id = ?1").with(person, at).run();
    requireChanged(StoreRow::Person, person.value);
}

void Store::restorePerson(PersonId person) {
    m_db->cached("UPDATE people SET removed_at = NULL WHERE id = ?1").with(person).run();
    requireChanged(StoreRow::Person, person.value);
}

bool Store::personHasRecords(PersonId person) {
    return m_db->cached("SELECT 1 WHERE EXISTS (SELECT 1 FROM sign_ins WHERE person_id = ?1)"
                        " OR EXISTS (SELECT 1 FROM attempts WHERE person_id = ?1)"
                        " OR EXISTS (SELECT 1 FROM reviews WHERE person_id = ?1)")
        .with(person)
        .firstRow([](const Statement&) {});
}

void Store::deletePerson(PersonId person) {
    WriteTransaction transaction(*m_db);
    if (personHasRecords(person))
        throw StoreError(StoreError::Kind::HasRecords, m_db->file(), StoreError::Facts::ofRow(StoreRow::Person, person.value));
    m_db->cached("DELETE FROM people WHERE id = ?1").with(person).run();
    requireChanged(StoreRow::Person, person.value);
    transaction.commit();
}

void Store::mergePeople(PersonId kept, PersonId merged) {
    if (kept == merged) throw std::invalid_argument("mergePeople: a person cannot be merged into themselves");
    WriteTransaction transaction(*m_db);
    for (const PersonId id : {kept, merged}) {
        if (!person(id)) throw StoreError(StoreError::Kind::NotFound, m_db->file(), StoreError::Facts::ofRow(StoreRow::Person, id.value));
    }
    // Signed in to the same session twice: the earlier sign-in stands.
    m_db->cached("UPDATE sign_ins SET signed_at = min(signed_at, (SELECT m.signed_at FROM sign_ins m"
                 " WHERE m.person_id = ?2 AND m.session_id = sign_ins.session_id))"
                 " WHERE person_id = ?1 AND session_id IN (SELECT session_id FROM sign_ins WHERE person_id = ?2)")
        .with(kept, merged)
        .run();
    m_db->cached("DELETE FROM sign_ins WHERE person_id = ?2 AND session_id IN (SELECT session_id FROM sign_ins WHERE person_id = ?1)")
        .with(kept, merged)
        .run();
    m_db->cached("UPDATE sign_ins SET person_id = ?1 WHERE person_id = ?2").with(kept, merged).run();
    m_db->cached("UPDATE attempts SET person_id = ?1 WHERE person_id = ?2").with(kept, merged).run();
    // The same item in both wrong-answer books: the entry reviewed last stands.
    m_db->cached("DELETE FROM reviews WHERE person_id = ?1 AND item_id IN (SELECT item_id FROM reviews m"
                 " WHERE m.person_id = ?2 AND m.reviewed_at > reviews.reviewed_at)")
        .with(kept, merged)
        .run();
    m_db->cached("DELETE FROM reviews WHERE person_id = ?2 AND item_id IN (SELECT item_id FROM reviews WHERE person_id = ?1)")
        .with(kept, merged)
        .run();
    m_db->cached("UPDATE reviews SET person_id = ?1 WHERE person_id = ?2").with(kept, merged).run();
    m_db->cached("DELETE FROM people WHERE id = ?1").with(merged).run();
    transaction.commit();
}

void Store::moveUnit(UnitId unit, std::optional<UnitId> parent) {
    WriteTransaction transaction(*m_db);
    if (parent) {
        // Refuses a move under the unit itself or under one of its own sub-units (a loop).
        static const std::string below = "SELECT 1 FROM units WHERE id = ?2 AND id IN " + unitAndBelowSql(1);
        if (m_db->cached(below).with(unit, *parent).firstRow([](const Statement&) {}))
            throw StoreError(StoreError::Kind::Constraint, m_db->file(), "a unit cannot move under itself");
    }
    m_db->cached("UPDATE units SET parent_id = ?2 WHERE id = ?1").with(unit, parent).run();
    requireChanged(StoreRow::Unit, unit.value);
    transaction.commit();
}

OrganiserAccess Store::organiserAccess() {
    OrganiserAccess access;
    m_db->cached("SELECT pin_hash, failed_tries, locked_until, organisation FROM organiser WHERE id = 1")
        .firstRow([&](const Statement& row) {
            access.pinHash = row.optionalText(0);
            access.failedTries = static_cast<int>(row.integer(1));
            if (const auto until = row.optionalInteger(2)) access.lockedUntil = timestampFromUnixMs(*until);
            if (const auto kind = row.optionalText(3)) access.organisation = organisationKindFromCode(*kind);
        });
    return access;
}

void Store::saveOrganiserAccess(const OrganiserAccess& access) {
    m_db->cached("INSERT INTO organiser (id, pin_hash, failed_tries, locked_until, organisation) VALUES (1, ?1, ?2, ?3, ?4)"
                 " ON CONFLICT (id) DO UPDATE SET pin_hash = ?1, failed_tries = ?2, locked_until = ?3, organisation = ?4")
        .with(access.pinHash, access.failedTries, access.lockedUntil, access.organisation)
        .run();
}

std::vector<Person> Store::findPeople(std::string_view text, std::optional<UnitId> within) {
    // instr() rather than LIKE, so % and _ typed by a user are plain characters.
    static const std::string sql = "SELECT " + std::string(personColumns) +
                                   " FROM people WHERE removed_at IS NULL AND (instr(lower(name), lower(?1)) > 0"
                                   " OR substr(number, 1, length(?1)) = ?1)"
                                   " AND (?2 IS NULL OR unit_id IN " +
                                   unitAndBelowSql(2) + ") ORDER BY name, id";
    return readPeople(m_db->cached(sql).with(text, within));
}

} // namespace game
