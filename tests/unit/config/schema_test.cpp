#include <doctest/doctest.h>

#include "config/schema.hpp"

using namespace stilas::config;

TEST_CASE("every field kind has a name that reads back to the same kind") {
    CHECK(kind_names().size() == 15);
    for (const std::string& name : kind_names()) {
        auto kind = kind_from_name(name);
        REQUIRE(kind);
        CHECK(kind_name(*kind) == name);
    }
    CHECK(kind_name(FieldKind::enumeration) == "enum");
    CHECK(kind_name(FieldKind::boolean) == "bool");
    CHECK(kind_from_name("records") == FieldKind::records);
    CHECK_FALSE(kind_from_name("tekst"));
    CHECK_FALSE(kind_from_name("Text"));
}

TEST_CASE("find looks up fields, nested fields and terms by name") {
    FieldSchema tittel;
    tittel.name = "tittel";
    FieldSchema funn;
    funn.name = "funn";
    funn.kind = FieldKind::records;
    funn.fields = {tittel};
    TypeSchema type;
    type.fields = {funn};
    REQUIRE(type.find("funn"));
    CHECK(type.find("funn")->find("tittel") == &type.fields[0].fields[0]);
    CHECK(type.find("tittel") == nullptr);

    Taxonomy faser;
    faser.terms = {Term{"planlegge", "Planlegge", ""}, Term{"gjennomfore", "Gjennomføre", ""}};
    REQUIRE(faser.find("gjennomfore"));
    CHECK(faser.find("gjennomfore")->title == "Gjennomføre");
    CHECK(faser.find("evaluere") == nullptr);
}
