package no.concerntrail.cases.analytics;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.cases.domain.event.ConcernClosed;
import no.concerntrail.cases.domain.event.ConcernErased;
import no.concerntrail.cases.domain.event.ConcernLowered;
import no.concerntrail.cases.domain.event.ConcernReceived;
import no.concerntrail.cases.domain.event.ConcernReopened;
import no.concerntrail.cases.domain.event.ConcernTransferred;
import no.concerntrail.cases.domain.event.ConcernTriaged;
import no.concerntrail.cases.messaging.ConversationEvent;
import no.concerntrail.cases.messaging.ReferralEvent;
import no.concerntrail.cases.projection.ConcernViews;
import no.concerntrail.platform.jdbc.Jdbc;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * What the analysts' statistics count ({@link Statistics}), kept from the event store behind the append: a row per
 * concern, conversation and referral by its analytics key, with its district, kind, outcome and the moments the
 * figures time, the person by their pseudonym: nothing in these tables leads back to a concern or a person without the
 * analytics secret. Each handler is a single idempotent statement, so a batch replayed after a crash changes nothing;
 * a rebuild empties the tables and replays every stored event.
 */
@Singleton
public class StatisticsProjection {

    /** The processor's name, and its tokens'. */
    public static final String NAME = "analytics-statistics";
    private static final int ADULT = 18;

    private final Jdbc jdbc;
    private final Pseudonyms pseudonyms;
    private final PersonSalts persons;
    private final ConcernViews concerns;

    @Inject
    public StatisticsProjection(DataSource dataSource, Pseudonyms pseudonyms, PersonSalts persons,
                                ConcernViews concerns) {
        this.jdbc = new Jdbc(dataSource);
        this.pseudonyms = pseudonyms;
        this.persons = persons;
        this.concerns = concerns;
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM analytics_referral");
        jdbc.update("DELETE FROM analytics_conversation");
        jdbc.update("DELETE FROM analytics_concern");
    }

    @EventHandler
    void on(ConcernReceived e) {
        String district = e.district() == null ? null : e.district().name();
        // a report without its time is broken, not erased: parked before the statement, not retried with it
        Objects.requireNonNull(e.at(), "at");
        jdbc.update("""
                INSERT INTO analytics_concern (concern_key, person, district, current_district, received_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (concern_key) DO NOTHING""",
                concern(e.concernId()), persons.pseudonymOf(e.concernId(), e.subject()), district, district, e.at());
    }

    /** The person behind an erased concern is no longer anyone: the concern's key stands for them, as in a rebuild. */
    @EventHandler
    void on(ConcernErased e) {
        String concern = concern(e.concernId());
        String person = persons.pseudonymOf(e.concernId(), null);
        for (String table : List.of("analytics_concern", "analytics_conversation", "analytics_referral")) {
            jdbc.update("UPDATE " + table + " SET person = ? WHERE concern_key = ?", person, concern);
        }
    }

    @EventHandler
    void on(ConcernTransferred e) {
        jdbc.update("UPDATE analytics_concern SET current_district = ? WHERE concern_key = ?", e.to().name(),
                concern(e.concernId()));
    }

    @EventHandler
    void on(ConcernLowered e) {
        jdbc.update("""
                UPDATE analytics_concern SET first_lowered_at = COALESCE(first_lowered_at, ?)
                WHERE concern_key = ?""", e.at(), concern(e.concernId()));
    }

    @EventHandler
    void on(ConcernTriaged e) {
        if (e.outcome().closesConcern()) {
            closed(e.concernId(), e.at());
        }
    }

    @EventHandler
    void on(ConcernClosed e) {
        closed(e.concernId(), e.at());
    }

    @EventHandler
    void on(ConcernReopened e) {
        jdbc.update("UPDATE analytics_concern SET reopened = TRUE WHERE concern_key = ?", concern(e.concernId()));
    }

    /** The conversation row, with the concern's person and its district at the time. */
    @EventHandler
    void on(ConversationEvent.ConversationPlanned e) {
        jdbc.update("""
                INSERT INTO analytics_conversation (conversation_key, concern_key, person, district, kind, mandatory,
                  adult, planned_at)
                SELECT ?, concern_key, person, current_district, ?, ?, ?, ? FROM analytics_concern WHERE concern_key = ?
                ON CONFLICT (conversation_key) DO NOTHING""",
                conversation(e.conversationId()), e.kind(), e.mandatory(), adult(e.concernId(), e.at()), e.at(),
                concern(e.concernId()));
    }

    /** A conversation is planned before it is held; one that was not gets its row here. */
    @EventHandler
    void on(ConversationEvent.ConversationHeld e) {
        jdbc.update("""
                INSERT INTO analytics_conversation (conversation_key, concern_key, person, district, kind, adult,
                  held_at, held_by, outcome)
                SELECT ?, concern_key, person, current_district, ?, ?, ?, ?, ? FROM analytics_concern
                WHERE concern_key = ?
                ON CONFLICT (conversation_key) DO UPDATE SET kind = EXCLUDED.kind, held_at = EXCLUDED.held_at,
                  held_by = EXCLUDED.held_by, outcome = EXCLUDED.outcome,
                  district = COALESCE(analytics_conversation.district, EXCLUDED.district)""",
                conversation(e.conversationId()), e.kind(), adult(e.concernId(), e.at()), e.at(), e.heldBy(),
                e.outcome(), concern(e.concernId()));
        jdbc.update("""
                UPDATE analytics_concern SET first_conversation_at = COALESCE(first_conversation_at, ?)
                WHERE concern_key = ?""", e.at(), concern(e.concernId()));
    }

    @EventHandler
    void on(ConversationEvent.ConversationDeclined e) {
        jdbc.update("UPDATE analytics_conversation SET declined_at = COALESCE(declined_at, ?) WHERE conversation_key = ?",
                e.at(), conversation(e.conversationId()));
    }

    @EventHandler
    void on(ReferralEvent.ReferralMade e) {
        jdbc.update("""
                INSERT INTO analytics_referral (referral_key, concern_key, person, district, agency, basis, made_at,
                  state)
                SELECT ?, concern_key, person, current_district, ?, ?, ?, 'MADE' FROM analytics_concern
                WHERE concern_key = ?
                ON CONFLICT (referral_key) DO NOTHING""",
                referral(e.referralId()), e.agency(), e.basis(), e.at(), concern(e.concernId()));
    }

    @EventHandler
    void on(ReferralEvent.ReferralAcknowledged e) {
        answered(e.referralId(), e.at(), "ACKNOWLEDGED");
    }

    @EventHandler
    void on(ReferralEvent.ReferralAccepted e) {
        answered(e.referralId(), e.at(), "ACCEPTED");
    }

    @EventHandler
    void on(ReferralEvent.ReferralDeclined e) {
        answered(e.referralId(), e.at(), "DECLINED");
    }

    @EventHandler
    void on(ReferralEvent.ReferralCompleted e) {
        state(e.referralId(), "COMPLETED");
    }

    @EventHandler
    void on(ReferralEvent.ReferralWithdrawn e) {
        state(e.referralId(), "WITHDRAWN");
    }

    private void closed(UUID concernId, Instant at) {
        jdbc.update("UPDATE analytics_concern SET closed_at = COALESCE(closed_at, ?) WHERE concern_key = ?", at,
                concern(concernId));
    }

    /** The partner's first answer times it; its latest says where the referral stands. */
    private void answered(UUID referralId, Instant at, String state) {
        jdbc.update("""
                UPDATE analytics_referral SET first_answer_at = COALESCE(first_answer_at, ?), state = ?
                WHERE referral_key = ?""", at, state, referral(referralId));
    }

    private void state(UUID referralId, String state) {
        jdbc.update("UPDATE analytics_referral SET state = ? WHERE referral_key = ?", state, referral(referralId));
    }

    private String concern(UUID id) {
        return pseudonyms.of(Pseudonyms.Kind.CONCERN, id);
    }

    private String conversation(UUID id) {
        return pseudonyms.of(Pseudonyms.Kind.CONVERSATION, id);
    }

    private String referral(UUID id) {
        return pseudonyms.of(Pseudonyms.Kind.REFERRAL, id);
    }

    /** Whether the person was of age at the moment; null when their birth date is not known. */
    private Boolean adult(UUID concernId, Instant at) {
        return concerns.ageAt(concernId, at).map(age -> age >= ADULT).orElse(null);
    }
}
