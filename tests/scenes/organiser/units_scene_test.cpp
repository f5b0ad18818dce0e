// The organiser's units and roster, used through the form as an organiser would.
#include "scenes/scene_list.h"
#include "support/session_fixtures.h"

#include <catch2/catch.hpp>

#include <algorithm>

using testing::HeadlessUi;

namespace {
// Types a new unit's name and clicks 新建单位.
void addUnit(HeadlessUi& ui, std::string_view name) {
    REQUIRE(ui.click("单位名称"));
    ui.type(name);
    REQUIRE(ui.click("新建单位"));
}

// Types a new person's name (and number) into the form and clicks 添加人员.
void addPerson(HeadlessUi& ui, std::string_view name, std::string_view number = {}) {
    REQUIRE(ui.click("姓名"));
    ui.type(name);
    if (!number.empty()) {
        REQUIRE(ui.click("学号或工号"));
        ui.type(number);
    }
    REQUIRE(ui.click("添加人员"));
}
} // namespace

SCENARIO("an organiser builds a unit tree and renames a unit", "[session-scenes]") {
    HeadlessUi ui;
    ui.open(scenes::SceneId::Units);
    CHECK(ui.sees("还没有单位"));
    WHEN("a school is added, then a class under it") {
        addUnit(ui, "城东小学");
        CHECK(ui.sees("已建立单位：城东小学"));
        addUnit(ui, "三年级一班");
        THEN("both are stored, the class under the school") {
            const auto units = ui.store().listUnits();
            REQUIRE(units.size() == 2);
            CHECK(units[0].unit.name == "城东小学");
            CHECK(units[0].depth == 0);
            CHECK(units[1].unit.name == "三年级一班");
            CHECK(units[1].depth == 1);
            CHECK(units[1].unit.parent == units[0].unit.id);
        }
        AND_WHEN("the school is picked and renamed") {
            REQUIRE(ui.click("城东小学"));
            retype(ui, "新名称", "城东实验小学");
            REQUIRE(ui.click("改名"));
            THEN("the new name is stored and shown") {
                CHECK(ui.sees("已改名为：城东实验小学"));
                const auto units = ui.store().listUnits();
                REQUIRE(units.size() == 2);
                CHECK(units[0].unit.name == "城东实验小学");
                CHECK(units[1].unit.parent == units[0].unit.id);
                ui.step(2);
                CHECK(ui.trace().findWidget("城东实验小学"));
            }
        }
    }
    WHEN("a unit's new name is left empty") {
        addUnit(ui, "城东小学");
        retype(ui, "新名称", "");
        REQUIRE(ui.click("改名"));
        THEN("the rename is refused with a message and the name kept") {
            CHECK(ui.sees("请先填写单位名称。"));
            CHECK(ui.store().listUnits().at(0).unit.name == "城东小学");
        }
    }
    WHEN("a unit of another kind is picked from the menu") {
        REQUIRE(ui.click("单位名称"));
        ui.type("财务部");
        REQUIRE(ui.click("类型"));
        REQUIRE(ui.click("部门"));
        REQUIRE(ui.click("新建单位"));
        THEN("it is stored with that kind") {
            const auto units = ui.store().listUnits();
            REQUIRE(units.size() == 1);
            CHECK(units[0].unit.kind == game::UnitKind::Department);
        }
    }
    WHEN("新建单位 is clicked with no name") {
        REQUIRE(ui.click("新建单位"));
        THEN("it is refused with a message and nothing is stored") {
            CHECK(ui.sees("请先填写单位名称。"));
            CHECK(ui.store().listUnits().empty());
            REQUIRE(ui.click("知道了"));
            CHECK_FALSE(ui.sees("请先填写单位名称。"));
            CHECK(ui.topScene() == "units");
        }
    }
}

SCENARIO("an organiser adds and edits the people of a unit", "[session-scenes]") {
    HeadlessUi ui;
    ui.open(scenes::SceneId::Units);
    addUnit(ui, "城东小学");
    const auto unit = ui.store().listUnits().at(0).unit.id;
    CHECK(ui.sees("城东小学 的人员（0 人）"));

    WHEN("a person is added with a number") {
        addPerson(ui, "张伟", "2024001");
        THEN("they are on the unit's roster with that number") {
            CHECK(ui.sees("已添加：张伟"));
            const auto people = ui.store().peopleInUnit(unit, false);
            REQUIRE(people.size() == 1);
            CHECK(people[0].name == "张伟");
            CHECK(people[0].number == std::optional<std::string>("2024001"));
            CHECK(people[0].createdAt == ui.services().now());
            ui.step(2);
            CHECK(ui.sees("城东小学 的人员（1 人）"));
            CHECK(ui.sees("2024001"));
        }
        AND_WHEN("they are picked, their number and role changed and saved") {
            REQUIRE(ui.click("张伟"));
            CHECK(ui.sees("修改人员信息"));
            retype(ui, "学号或工号", "2024099");
            REQUIRE(ui.click("身份"));
            REQUIRE(ui.click("教师"));
            REQUIRE(ui.click("保存修改"));
            THEN("the same person is changed, not a new one added") {
                CHECK(ui.sees("已保存：张伟"));
                const auto people = ui.store().peopleInUnit(unit, false);
                REQUIRE(people.size() == 1);
                CHECK(people[0].name == "张伟");
                CHECK(people[0].number == std::optional<std::string>("2024099"));
                CHECK(people[0].role == game::PersonRole::Teacher);
                CHECK(ui.sees("录入新人员")); // the form is cleared for the next person
            }
        }
    }
    WHEN("a hostile name is typed into the form") {
        const std::string hostile = "'); DROP TABLE people;--";
        addPerson(ui, "王芳");
        addPerson(ui, hostile);
        THEN("it is stored as text, the table is intact, and it is shown as written") {
            const auto people = ui.store().peopleInUnit(unit, false);
            REQUIRE(people.size() == 2);
            CHECK(std::any_of(people.begin(), people.end(), [&](const auto& p) { return p.name == hostile; }));
            CHECK(std::any_of(people.begin(), people.end(), [](const auto& p) { return p.name == "王芳"; }));
            ui.step(2);
            CHECK(ui.trace().findWidget(hostile));
            CHECK(ui.sees("城东小学 的人员（2 人）"));
        }
    }
    WHEN("添加人员 is clicked with no name") {
        REQUIRE(ui.click("添加人员"));
        THEN("it is refused with a message and nobody is added") {
            CHECK(ui.sees("请先填写姓名。"));
            CHECK(ui.store().peopleInUnit(unit, false).empty());
        }
    }
    WHEN("a name of spaces is typed") {
        REQUIRE(ui.click("姓名"));
        ui.type("   ");
        REQUIRE(ui.click("添加人员"));
        THEN("it is refused as empty") {
            CHECK(ui.sees("请先填写姓名。"));
            CHECK(ui.store().peopleInUnit(unit, false).empty());
        }
    }
}

SCENARIO("the units screen reads the records when it opens, when a unit is picked and when it is on top again",
         "[session-scenes]") {
    HeadlessUi ui;
    const auto roster = testing::addRoster(ui.store(), "城东小学", {{"张伟", "2024001"}});
    ui.open(scenes::SceneId::Units);
    REQUIRE(ui.click("城东小学"));
    CHECK(ui.sees("城东小学 的人员（1 人）"));
    WHEN("another unit and another person are added elsewhere while it stays open") {
        (void)ui.store().addUnit("河西村", game::UnitKind::Village);
        game::Person li;
        li.name = "李娜";
        li.unit = roster.unit;
        (void)ui.store().addPerson(li);
        ui.step(3);
        THEN("drawing does not read them") {
            CHECK_FALSE(ui.trace().findWidget("河西村"));
            CHECK(ui.sees("城东小学 的人员（1 人）"));
        }
        AND_WHEN("a screen opened over it closes again") {
            ui.stack().push(scenes::makeScene(scenes::SceneId::Settings, ui.services()));
            ui.step(2);
            ui.stack().pop();
            ui.step(2);
            THEN("both are shown, and the picked unit stays picked") {
                CHECK(ui.trace().findWidget("河西村"));
                CHECK(ui.sees("城东小学 的人员（2 人）"));
                CHECK(ui.trace().findWidget("李娜"));
            }
        }
    }
}
