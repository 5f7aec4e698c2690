package no.concerntrail.conversations.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import no.concerntrail.conversations.domain.command.PlanConversation;
import no.concerntrail.conversations.domain.command.RecordConversationHeld;
import no.concerntrail.conversations.domain.event.ConversationCancelled;
import no.concerntrail.conversations.domain.event.ConversationDeclined;
import no.concerntrail.conversations.domain.event.ConversationHeld;
import no.concerntrail.conversations.domain.event.ConversationNoShow;
import no.concerntrail.conversations.domain.event.ConversationPlanned;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;

/** One conversation's story told in commands and events, and the people in it, at a fixed time. */
final class ConversationTestData {

    static final UUID CONVERSATION_ID = UUID.fromString("a7e1d2c3-4b5a-4f6e-8d9c-0b1a2c3d4e5f");
    static final UUID CONCERN_ID = UUID.fromString("3f0c8a4e-2b1d-4c6e-9a57-0d2f4e8b1c90");

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** When the command under test runs (winter time in Oslo: UTC+1). */
    static final Instant NOW = Instant.parse("2025-03-14T09:30:00Z");
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, OSLO);
    /** When the given history (the planning) happened. */
    static final Instant EARLIER = NOW.minus(Duration.ofDays(20));
    /** When a conversation planned now is to start. */
    static final Instant PLANNED_START = Instant.parse("2025-03-21T10:00:00Z");
    /** When the conversation in the history took place: yesterday. */
    static final Instant STARTED = Instant.parse("2025-03-13T13:00:00Z");
    static final Instant ENDED = STARTED.plus(Duration.ofMinutes(90));
    static final Instant NOTICE_GIVEN = STARTED.minus(Duration.ofMinutes(5));

    /** 15 and a bit at every time these tests use. */
    static final LocalDate MINOR_BIRTH_DATE = TODAY.minusYears(15).minusMonths(3);
    /** 25 and a bit. */
    static final LocalDate ADULT_BIRTH_DATE = TODAY.minusYears(25).minusMonths(3);
    /** Turns 18 on 2025-03-28, before summer time (Oslo is UTC+1 that day). */
    static final LocalDate EIGHTEENTH_BIRTHDAY = TODAY.plusDays(14);
    static final LocalDate TURNS_18_BIRTH_DATE = EIGHTEENTH_BIRTHDAY.minusYears(18);

    static final String CASE_WORKER = "rk-kari";
    static final String OFFICER_NAME = "Kari Radkontakt";
    static final String PLACE = "Drammen politistasjon";
    static final Guardian MOTHER = new Guardian("Kari Nordmann", "mother");
    static final String MOTHERS_NAME = MOTHER.name();
    static final LocalDate FOLLOW_UP_DATE = LocalDate.of(2025, 4, 10);
    static final Measure FOOTBALL = new Measure("Joins the local football team", "SLT-koordinator");
    static final Factor FAMILY_CONFLICT = new Factor("family-conflict", FactorGroup.FAMILY, FactorType.RISK);
    static final Factor HOBBIES = new Factor("hobbies-sport", FactorGroup.PERSONAL, FactorType.PROTECTIVE);
    static final String NOTE = "Spoke openly about school; police eyes only";

    private ConversationTestData() {
    }

    static AggregateTestFixture<Conversation> fixture() {
        return new AggregateTestFixture<>(Conversation.class);
    }

    /** The fixture at {@link #NOW} with no conversation yet. */
    static TestExecutor<Conversation> planning() {
        return fixture().givenCurrentTime(NOW);
    }

    /** The fixture at {@link #NOW} with the given history. */
    static TestExecutor<Conversation> given(Object... events) {
        return fixture().givenCurrentTime(NOW).andGiven(events);
    }

    /** A concern at level HIGH with a case worker assigned, so that a LOWERED outcome fits it. */
    static ConcernAsKnown concern(KnownConcernStatus status, LocalDate birthDate) {
        return new ConcernAsKnown(status, birthDate, ConcernLevel.HIGH, true);
    }

    static ConcernAsKnown openConcernAboutMinor() {
        return concern(KnownConcernStatus.OPEN, MINOR_BIRTH_DATE);
    }

    static ConcernAsKnown openConcernAboutAdult() {
        return concern(KnownConcernStatus.OPEN, ADULT_BIRTH_DATE);
    }

    // --- planning ---

    static final class PlanDraft {
        UUID conversationId = CONVERSATION_ID;
        UUID concernId = CONCERN_ID;
        ConcernAsKnown concern = openConcernAboutMinor();
        ConversationKind kind = ConversationKind.CONCERN;
        Instant plannedStart = PLANNED_START;
        String place = PLACE;
        List<Guardian> guardians = new ArrayList<>(List.of(MOTHER));
        String guardiansNotInvitedReason;
        boolean mandatory;
        SummonsGround summonsGround;
        String actor = CASE_WORKER;

        PlanConversation command() {
            return new PlanConversation(conversationId, concernId, concern, kind, plannedStart, place, guardians,
                    guardiansNotInvitedReason, mandatory, summonsGround, actor);
        }
    }

    /** A minor invited (voluntarily) to a concern conversation, with the mother. */
    static PlanConversation invitation() {
        return invitation(draft -> { });
    }

    static PlanConversation invitation(Consumer<PlanDraft> change) {
        PlanDraft draft = new PlanDraft();
        change.accept(draft);
        return draft.command();
    }

    /** A minor summoned to a concern conversation on a Police Act § 13 ground, with the mother. */
    static PlanConversation summons() {
        return summons(draft -> { });
    }

    static PlanConversation summons(Consumer<PlanDraft> change) {
        return invitation(draft -> {
            draft.mandatory = true;
            draft.summonsGround = SummonsGround.UNDER_18_PUNISHABLE_ACT;
            change.accept(draft);
        });
    }

    /** An adult invited to a clarification conversation, no guardians. */
    static PlanConversation adultInvitation() {
        return adultInvitation(draft -> { });
    }

    static PlanConversation adultInvitation(Consumer<PlanDraft> change) {
        return invitation(draft -> {
            draft.concern = openConcernAboutAdult();
            draft.kind = ConversationKind.CLARIFICATION;
            draft.guardians = List.of();
            change.accept(draft);
        });
    }

    /** The event a valid plan produces at {@code at} (the reason as given: tests of blank reasons spell theirs out). */
    static ConversationPlanned planned(PlanConversation command, Instant at) {
        return new ConversationPlanned(command.conversationId(), command.concernId(), command.kind(),
                command.concern().subjectBirthDate(), command.plannedStart(), command.place(), command.guardians(),
                command.guardiansNotInvitedReason(), command.mandatory(), command.summonsGround(), command.actor(), at);
    }

    /** History: a minor invited, for yesterday's {@link #STARTED}. */
    static ConversationPlanned minorInvitationPlanned() {
        return planned(invitation(draft -> draft.plannedStart = STARTED), EARLIER);
    }

    /** History: a minor summoned, for yesterday's {@link #STARTED}. */
    static ConversationPlanned minorSummonsPlanned() {
        return planned(summons(draft -> draft.plannedStart = STARTED), EARLIER);
    }

    /** History: an adult invited, for yesterday's {@link #STARTED}. */
    static ConversationPlanned adultInvitationPlanned() {
        return planned(adultInvitation(draft -> draft.plannedStart = STARTED), EARLIER);
    }

    // --- holding ---

    static final class HeldDraft {
        ConcernAsKnown concern = openConcernAboutMinor();
        Instant startedAt = STARTED;
        Instant endedAt = ENDED;
        HeldBy heldBy = new HeldBy(HostRole.POLICE_OFFICER, OFFICER_NAME, null);
        String guidingOfficer;
        List<String> guardiansPresent = new ArrayList<>(List.of(MOTHERS_NAME));
        RightsNotice rightsNotice = new RightsNotice(NOTICE_GIVEN,
                EnumSet.of(NoticeRecipient.SUBJECT, NoticeRecipient.GUARDIANS));
        Set<Purpose> purposes = EnumSet.of(Purpose.CLARIFY, Purpose.OFFER_HELP);
        ConcernOutcome outcome = ConcernOutcome.LOWERED;
        ConcernLevel newLevel = ConcernLevel.LOW;
        Credibility credibility = Credibility.CREDIBLE;
        Set<HelpNeed> helpNeeds = EnumSet.of(HelpNeed.EDUCATION, HelpNeed.LEISURE);
        List<Factor> factors = new ArrayList<>(List.of(FAMILY_CONFLICT, HOBBIES));
        WayForward wayForward = new WayForward(List.of(FOOTBALL), FOLLOW_UP_DATE);
        String note = NOTE;
        String actor = CASE_WORKER;

        RecordConversationHeld command() {
            return new RecordConversationHeld(CONVERSATION_ID, concern, startedAt, endedAt, heldBy, guidingOfficer,
                    guardiansPresent, rightsNotice, purposes, outcome, newLevel, credibility, helpNeeds, factors,
                    wayForward, note, null, actor);
        }
    }

    /** Yesterday's conversation with a minor and the mother, held by an officer, that lowered the concern. */
    static RecordConversationHeld heldConversation() {
        return heldConversation(draft -> { });
    }

    static RecordConversationHeld heldConversation(Consumer<HeldDraft> change) {
        HeldDraft draft = new HeldDraft();
        change.accept(draft);
        return draft.command();
    }

    /** The event a valid record produces for a conversation of {@code kind} at {@code at}. */
    static ConversationHeld held(RecordConversationHeld command, String kind, Instant at) {
        return new ConversationHeld(CONVERSATION_ID, CONCERN_ID, kind, command.startedAt(), command.endedAt(),
                command.heldBy(), command.guidingOfficer(), command.guardiansPresent(), command.rightsNotice(),
                command.purposes(), command.outcome(), command.newLevel(), command.credibility(), command.helpNeeds(),
                command.factors(), command.wayForward(), command.note(), command.actor(), at);
    }

    /** History: yesterday's conversation, recorded yesterday evening. */
    static ConversationHeld heldYesterday() {
        return held(heldConversation(), "concern", ENDED.plus(Duration.ofHours(2)));
    }

    static ConversationDeclined declinedEarlier() {
        return new ConversationDeclined(CONVERSATION_ID, CONCERN_ID, "Does not want to talk", CASE_WORKER, EARLIER);
    }

    static ConversationCancelled cancelledEarlier() {
        return new ConversationCancelled(CONVERSATION_ID, CONCERN_ID, "Officer ill", CASE_WORKER, EARLIER);
    }

    static ConversationNoShow noShowEarlier(boolean mandatory) {
        return new ConversationNoShow(CONVERSATION_ID, CONCERN_ID, mandatory, null, CASE_WORKER, EARLIER);
    }
}
