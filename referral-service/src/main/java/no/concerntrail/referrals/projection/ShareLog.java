package no.concerntrail.referrals.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.platform.jdbc.Jdbc;
import no.concerntrail.platform.jdbc.JsonColumns;
import no.concerntrail.referrals.domain.BasisKind;

/**
 * The share table: what went to which partner, on which basis, when; written only by the partner feed once the broker
 * acknowledged a publication, read by the police.
 */
@Singleton
public class ShareLog {

    /**
     * One publication to a partner.
     *
     * @param ceId     the stored event's id, as the partner received it in {@code ce_id}
     * @param event    the partner event's name, e.g. {@code ReferralMade}
     * @param fields   the police's fields that went with a value ({@code PartnerField} config names); none for a
     *                 status, and the partner's own words on its answers
     * @param citation the provision a duty or exception rests on; null for consent
     * @param sharedAt when the broker's acknowledgement was recorded
     */
    public record Share(String ceId, UUID referralId, UUID concernId, String agency, String event, List<String> fields,
                        BasisKind basisKind, String citation, String topic, Instant sharedAt) {
    }

    private final Jdbc jdbc;

    @Inject
    public ShareLog(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Once per ce_id and topic: a redelivery of the same event records nothing new. */
    public void record(Share share) {
        jdbc.update("INSERT INTO share (ce_id, referral_id, concern_id, agency, event, fields, basis_kind, citation, "
                        + "topic, shared_at) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, clock_timestamp()) "
                        + "ON CONFLICT (ce_id, topic) DO NOTHING", share.ceId(), share.referralId(), share.concernId(),
                share.agency(), share.event(), JsonColumns.write(share.fields()), share.basisKind().name(),
                share.citation(), share.topic());
    }

    /** A concern's shares, in the order they were made. */
    public List<Share> ofConcern(UUID concernId) {
        return jdbc.query("SELECT ce_id, referral_id, concern_id, agency, event, fields, basis_kind, citation, topic, "
                + "shared_at FROM share WHERE concern_id = ? ORDER BY shared_at, ce_id", ShareLog::read, concernId);
    }

    private static Share read(ResultSet row) throws SQLException {
        return new Share(row.getString(1), row.getObject(2, UUID.class), row.getObject(3, UUID.class),
                row.getString(4), row.getString(5), List.of(JsonColumns.read(row.getString(6), String[].class,
                "share.fields")), BasisKind.valueOf(row.getString(7)), row.getString(8), row.getString(9),
                row.getTimestamp(10).toInstant());
    }
}
