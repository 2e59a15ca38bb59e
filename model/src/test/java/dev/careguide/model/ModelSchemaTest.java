package dev.careguide.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ModelSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static JsonNode schemaNode() throws IOException {
        try (InputStream in = GuideCodec.class.getResourceAsStream(GuideCodec.SCHEMA_RESOURCE)) {
            assertThat(in).as(GuideCodec.SCHEMA_RESOURCE).isNotNull();
            return MAPPER.readTree(in);
        }
    }

    private static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    }

    @Test
    void shippedSchemaIsAValidDraft202012Schema() throws IOException {
        JsonNode schema = schemaNode();

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(metaSchema().validate(schema)).isEmpty();
    }

    @Test
    void metaSchemaCheckRejectsABrokenSchema() throws IOException {
        JsonNode broken = MAPPER.readTree("{\"type\": \"objekt\", \"properties\": {\"id\": {\"minLength\": -1}}}");

        assertThat(metaSchema().validate(broken)).isNotEmpty();
    }

    @Test
    void shippedSchemaAcceptsWhatTheCodecWrites() throws IOException {
        Schema schema = REGISTRY.getSchema(schemaNode());

        assertThat(schema.validate(MAPPER.readTree(new GuideCodec().toJson(SampleGuides.legCramps()))))
                .isEmpty();
        for (long seed = 0; seed < 20; seed++) {
            String json = new GuideCodec().toJson(new RandomGuides(seed).guide());
            assertThat(schema.validate(MAPPER.readTree(json)))
                    .as("seed %d", seed)
                    .isEmpty();
        }
    }

    @Test
    void schemaEnumsListExactlyTheWireNamesOfTheJavaEnums() throws IOException {
        JsonNode defs = schemaNode().get("$defs");

        assertThat(enumValues(defs.at("/cause/properties/category"))).isEqualTo(wireNames(CauseCategory.values()));
        assertThat(enumValues(defs.at("/remedy/properties/kind"))).isEqualTo(wireNames(RemedyKind.values()));
        assertThat(enumValues(defs.at("/safety/properties/level"))).isEqualTo(wireNames(SafetyLevel.values()));
        assertThat(enumValues(defs.at("/quantity/properties/unit"))).isEqualTo(wireNames(QuantityUnit.values()));
        assertThat(enumValues(defs.at("/quantity/properties/limit"))).isEqualTo(wireNames(Quantity.Limit.values()));
        assertThat(enumValues(defs.get("review"))).isEqualTo(wireNames(ReviewStatus.values()));
    }

    @Test
    void everyItemTypeHasAnIdPatternMatchingItemIds() throws IOException {
        JsonNode defs = schemaNode().get("$defs");
        Function<ItemType, JsonNode> idSchema = type -> switch (type) {
            case CAUSE -> defs.at("/cause/properties/id");
            case REMEDY -> defs.at("/remedy/properties/id");
            case EXERCISE -> defs.at("/exercise/properties/id");
            case SPECIALIST -> defs.get("specialistId");
            case NUTRIENT_SOURCE -> defs.at("/nutrientSource/properties/id");
            case WARNING_SIGN -> defs.at("/warningSign/properties/id");
        };
        for (ItemType type : ItemType.values()) {
            JsonNode id = idSchema.apply(type);
            assertThat(id.get("pattern").asText())
                    .as(type.name())
                    .isEqualTo("^" + type.prefix() + "\\.[a-z0-9]+(-[a-z0-9]+)*$");
            assertThat(id.get("maxLength").asInt()).isEqualTo(ItemIds.MAX_LENGTH);
        }
    }

    private static List<String> enumValues(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.get("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> wireNames(Enum<?>[] values) {
        return Arrays.stream(values)
                .map(v -> MAPPER.convertValue(v, String.class))
                .toList();
    }
}
