package no.concerntrail.referrals.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.platform.jdbc.Jdbc;
import no.concerntrail.platform.jdbc.JsonColumns;

/** The referral_view table: read by the API, written only by {@link ReferralProjection}. */
@Singleton
public class ReferralViews {

    private final Jdbc jdbc;

    @Inject
    public ReferralViews(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public Optional<ReferralView> find(UUID referralId) {
        return jdbc.queryOne("SELECT document FROM referral_view WHERE referral_id = ?", ReferralViews::read,
                referralId);
    }

    /** A concern's referrals, oldest first. */
    /** The ids of the concern's referrals. */
    public List<UUID> idsOf(UUID concernId) {
        return jdbc.query("SELECT referral_id FROM referral_view WHERE concern_id = ?",
                row -> row.getObject(1, UUID.class), concernId);
    }

    public List<ReferralView> ofConcern(UUID concernId) {
        return jdbc.query("SELECT document FROM referral_view WHERE concern_id = ? ORDER BY made_at, referral_id",
                ReferralViews::read, concernId);
    }

    /** A page of the agency's referrals, newest first. */
    public List<ReferralView> ofAgency(String agency, int page, int size) {
        return jdbc.query("SELECT document FROM referral_view WHERE agency = ? ORDER BY made_at DESC, referral_id "
                + "LIMIT ? OFFSET ?", ReferralViews::read, agency, size, (long) page * size);
    }

    public long countOfAgency(String agency) {
        return jdbc.queryOne("SELECT count(*) FROM referral_view WHERE agency = ?", row -> row.getLong(1), agency)
                .orElseThrow();
    }

    /**
     * Referrals still waiting for their partner's acknowledgement after the agency's answer time, oldest first, of the
     * concerns the caller may see: their district's and those assigned to them.
     *
     * @param madeBefore per agency, the moment a referral made before it is overdue (now minus its answer time)
     */
    public List<ReferralView> unanswered(Map<String, Instant> madeBefore, String callersDistrict, String caller,
                                         int limit) {
        if (madeBefore.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        madeBefore.forEach((agency, before) -> {
            parameters.add(agency);
            parameters.add(Timestamp.from(before));
        });
        parameters.addAll(List.of(callersDistrict == null ? "" : callersDistrict, caller, limit));
        String overdue = String.join(", ", Collections.nCopies(madeBefore.size(), "(?, ?::timestamptz)"));
        return jdbc.query("SELECT v.document FROM referral_view v"
                        + " JOIN (VALUES " + overdue + ") AS due (agency, made_before) ON due.agency = v.agency"
                        + " JOIN known_concern k ON k.concern_id = v.concern_id"
                        + " WHERE v.status = 'MADE' AND v.made_at < due.made_before"
                        + " AND (k.district = ? OR k.assignee = ?)"
                        + " ORDER BY v.made_at, v.referral_id LIMIT ?",
                ReferralViews::read, parameters.toArray());
    }

    /**
     * Referrals whose subject is not told and whose latest deferral of telling them ended before {@code today}, the
     * longest run out first, of the concerns the caller may see: their district's and those assigned to them.
     */
    public List<ReferralView> deferralsRunOut(LocalDate today, String callersDistrict, String caller, int limit) {
        return jdbc.query("SELECT v.document FROM referral_view v"
                        + " JOIN known_concern k ON k.concern_id = v.concern_id"
                        + " WHERE NOT v.notified AND v.deferred_until < ?"
                        + " AND (k.district = ? OR k.assignee = ?)"
                        + " ORDER BY v.deferred_until, v.referral_id LIMIT ?",
                ReferralViews::read, today, callersDistrict == null ? "" : callersDistrict, caller, limit);
    }

    void insert(ReferralView view) {
        jdbc.update("INSERT INTO referral_view (referral_id, concern_id, agency, status, basis_kind, made_at, "
                        + "acknowledged_at, notified, deferred_until, version, document) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)", view.referralId(), view.concernId(),
                view.agency(), view.status().name(), view.basisKind().name(), view.madeAt(), view.acknowledgedAt(),
                view.notified() != null, deferredUntil(view), view.version(), JsonColumns.write(view));
    }

    void replace(ReferralView view) {
        jdbc.update("UPDATE referral_view SET status = ?, acknowledged_at = ?, notified = ?, deferred_until = ?, "
                        + "version = ?, document = ?::jsonb WHERE referral_id = ?", view.status().name(),
                view.acknowledgedAt(), view.notified() != null, deferredUntil(view), view.version(),
                JsonColumns.write(view), view.referralId());
    }

    private static LocalDate deferredUntil(ReferralView view) {
        return view.deferral() == null ? null : view.deferral().until();
    }

    private static ReferralView read(ResultSet row) throws SQLException {
        return JsonColumns.read(row.getString(1), ReferralView.class, "referral_view.document");
    }
}
