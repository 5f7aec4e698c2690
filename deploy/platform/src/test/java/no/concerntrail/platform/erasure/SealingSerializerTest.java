package no.concerntrail.platform.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.platform.TestDatabase;
import no.concerntrail.platform.axon.AxonJackson;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import no.concerntrail.platform.schema.PlatformSchema;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Personal data is stored sealed under its subject's key, read back while the key lives, and gone once it does not. */
class SealingSerializerTest {

    public record Person(String name, LocalDate birthDate) {
    }

    public record Reported(@DataSubject UUID concernId, @PersonalData Person subject, @PersonalData String summary,
                           String level) {
    }

    public record Unowned(@PersonalData String name) {
    }

    private static final String MASTER = Base64.getEncoder().encodeToString(new byte[32]);

    private DataSource database;
    private SubjectKeys keys;
    private Serializer serializer;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabase.fresh();
        PlatformSchema.migrate(database);
        keys = new SubjectKeys(database, new MasterKey(MASTER, "1"));
        serializer = new AxonJackson(keys).events();
    }

    @Test
    void personalFieldsAreStoredSealedAndReadBackWhole() {
        Reported event = reported(UUID.randomUUID(), "Zelda Quist", "worried about Zelda");

        byte[] stored = serializer.serialize(event, byte[].class).getData();

        String json = new String(stored, StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("Zelda").doesNotContain("2007-05-09").contains("\"level\":\"HIGH\"")
                .contains(PersonalFields.SEALED);
        assertThat(read(stored)).isEqualTo(event);
    }

    @Test
    void anErasedSubjectReadsAsNullAndAnotherAsBefore() {
        Reported erased = reported(UUID.randomUUID(), "Zelda Quist", "worried about Zelda");
        Reported kept = reported(UUID.randomUUID(), "Yngve Berg", "worried about Yngve");
        byte[] erasedRow = serializer.serialize(erased, byte[].class).getData();
        byte[] keptRow = serializer.serialize(kept, byte[].class).getData();

        assertThat(keys.erase(erased.concernId(), "team-lead-tove")).isTrue();
        assertThat(keys.erase(erased.concernId(), "team-lead-tove")).as("erased once").isFalse();

        assertThat(read(erasedRow)).isEqualTo(new Reported(erased.concernId(), null, null, "HIGH"));
        assertThat(read(keptRow)).isEqualTo(kept);
        assertThat(keys.erased(erased.concernId())).isTrue();
        assertThat(keys.erased(kept.concernId())).isFalse();
    }

    @Test
    void whatIsStoredAboutAnErasedSubjectAfterwardsIsLeftOut() throws Exception {
        UUID concern = UUID.randomUUID();
        keys.erase(concern, "retention:misguided");

        byte[] stored = serializer.serialize(reported(concern, "Zelda Quist", "again"), byte[].class).getData();

        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("Zelda").doesNotContain("again");
        assertThat(read(stored).subject()).isNull();
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT wrapped_key, erased_by FROM subject_key")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getBytes(1)).as("no key is made again").isNull();
            assertThat(row.getString(2)).isEqualTo("retention:misguided");
        }
    }

    @Test
    void theDatabaseHoldsOnlyWrappedKeysAndAnotherMasterKeyOpensNothing() {
        UUID concern = UUID.randomUUID();
        byte[] stored = serializer.serialize(reported(concern, "Zelda Quist", "s"), byte[].class).getData();

        SubjectKeys otherDeployment = new SubjectKeys(database,
                new MasterKey(Base64.getEncoder().encodeToString(new byte[31 + 1]), "2"));
        assertThatThrownBy(() -> new AxonJackson(otherDeployment).events().deserialize(serialized(stored)))
                .hasMessageContaining("wrapped by master key 1");
        byte[] random = new byte[32];
        random[0] = 1;
        SubjectKeys wrongKey = new SubjectKeys(database, new MasterKey(Base64.getEncoder().encodeToString(random), "1"));
        assertThatThrownBy(() -> new AxonJackson(wrongKey).events().deserialize(serialized(stored)))
                .hasMessageContaining("does not open");
    }

    @Test
    void aSealedFieldMovedToAnotherSubjectDoesNotOpen() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String stored = new String(serializer.serialize(reported(first, "Zelda Quist", "s"), byte[].class).getData(),
                StandardCharsets.UTF_8);
        serializer.serialize(reported(second, "Yngve Berg", "s"), byte[].class);

        byte[] moved = stored.replace(first.toString(), second.toString()).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(moved)).hasMessageContaining("does not open");
    }

    @Test
    void aRowStoredBeforeSealingIsReadAsItIs() {
        UUID concern = UUID.randomUUID();
        byte[] plain = ("{\"concernId\":\"" + concern + "\",\"subject\":{\"name\":\"Zelda\",\"birthDate\":"
                + "\"2007-05-09\"},\"summary\":\"s\",\"level\":\"LOW\"}").getBytes(StandardCharsets.UTF_8);

        assertThat(read(plain)).isEqualTo(new Reported(concern, new Person("Zelda", LocalDate.of(2007, 5, 9)), "s",
                "LOW"));
    }

    @Test
    void personalDataWithoutASubjectIsAMistakeOfTheClass() {
        assertThatThrownBy(() -> serializer.serialize(new Unowned("Zelda"), byte[].class))
                .hasMessageContaining("no @DataSubject");
    }

    @Test
    void aSubjectsKeyIsMadeOnceAndOnlyWhenThereIsPersonalDataToSeal() throws Exception {
        UUID concern = UUID.randomUUID();
        serializer.serialize(new Reported(concern, null, null, "LOW"), byte[].class);
        assertThat(keyRows()).isZero();

        serializer.serialize(reported(concern, "Zelda Quist", "one"), byte[].class);
        serializer.serialize(reported(concern, "Zelda Quist", "two"), byte[].class);
        assertThat(keyRows()).isOne();
    }

    private long keyRows() throws Exception {
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT count(*) FROM subject_key")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Reported reported(UUID concern, String name, String summary) {
        return new Reported(concern, new Person(name, LocalDate.of(2007, 5, 9)), summary, "HIGH");
    }

    private Reported read(byte[] stored) {
        return serializer.deserialize(serialized(stored));
    }

    private SerializedObject<byte[]> serialized(byte[] stored) {
        return new SimpleSerializedObject<>(stored, byte[].class, serializer.typeForClass(Reported.class));
    }

}
