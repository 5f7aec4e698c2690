package no.concerntrail.conversations.domain;

import static no.concerntrail.conversations.domain.ConversationPolicies.RULES;
import static no.concerntrail.conversations.domain.ConversationTestData.CASE_WORKER;
import static no.concerntrail.conversations.domain.ConversationTestData.NOTICE_GIVEN;
import static no.concerntrail.conversations.domain.ConversationTestData.NOW;
import static no.concerntrail.conversations.domain.ConversationTestData.STARTED;
import static no.concerntrail.conversations.domain.ConversationTestData.adultInvitationPlanned;
import static no.concerntrail.conversations.domain.ConversationTestData.given;
import static no.concerntrail.conversations.domain.ConversationTestData.held;
import static no.concerntrail.conversations.domain.ConversationTestData.heldConversation;
import static no.concerntrail.conversations.domain.ConversationTestData.minorInvitationPlanned;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.concerntrail.conversations.domain.ConversationTestData.HeldDraft;
import no.concerntrail.conversations.domain.command.RecordConversationHeld;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The notice that there is no duty to explain oneself, and who held the conversation. */
class HeldRightsNoticeAndHostTest {

    private static final Set<NoticeRecipient> SUBJECT_ONLY = Set.of(NoticeRecipient.SUBJECT);

    @ParameterizedTest
    @MethodSource("noticesNotGivenInTime")
    void refusesAConversationWithoutTheNoticeBeforeItStarted(Consumer<HeldDraft> change) {
        given(minorInvitationPlanned())
                .when(heldConversation(change))
                .expectNoEvents()
                .expectException(violates(RULES, "rights-notice-before-start"));
    }

    static Stream<Named<Consumer<HeldDraft>>> noticesNotGivenInTime() {
        return Stream.of(
                Named.of("no notice", draft -> draft.rightsNotice = null),
                Named.of("no time", draft -> draft.rightsNotice = new RightsNotice(null,
                        Set.of(NoticeRecipient.SUBJECT, NoticeRecipient.GUARDIANS))),
                Named.of("a second after the start", draft -> draft.rightsNotice = new RightsNotice(
                        STARTED.plusSeconds(1), Set.of(NoticeRecipient.SUBJECT, NoticeRecipient.GUARDIANS))),
                Named.of("to nobody", draft -> draft.rightsNotice = new RightsNotice(NOTICE_GIVEN, null)),
                Named.of("not to the subject", draft -> draft.rightsNotice = new RightsNotice(NOTICE_GIVEN,
                        Set.of(NoticeRecipient.GUARDIANS))),
                Named.of("a minor's guardians took part but were not told",
                        draft -> draft.rightsNotice = new RightsNotice(NOTICE_GIVEN, SUBJECT_ONLY)));
    }

    @Test
    void theNoticeMayBeGivenAsItStarts() {
        RecordConversationHeld atTheStart = heldConversation(draft -> draft.rightsNotice = new RightsNotice(STARTED,
                Set.of(NoticeRecipient.SUBJECT, NoticeRecipient.GUARDIANS)));
        given(minorInvitationPlanned()).when(atTheStart).expectEvents(held(atTheStart, "concern", NOW));
    }

    @Test
    void aMinorWithoutGuardiansPresentIsToldAlone() {
        RecordConversationHeld alone = heldConversation(draft -> {
            draft.guardiansPresent = List.of();
            draft.rightsNotice = new RightsNotice(NOTICE_GIVEN, SUBJECT_ONLY);
        });
        given(minorInvitationPlanned()).when(alone).expectEvents(held(alone, "concern", NOW));
    }

    @Test
    void anAdultsGuardiansNeedNoNotice() {
        RecordConversationHeld withParents = heldConversation(
                draft -> draft.rightsNotice = new RightsNotice(NOTICE_GIVEN, SUBJECT_ONLY));
        given(adultInvitationPlanned()).when(withParents).expectEvents(held(withParents, "clarification", NOW));
    }

    @ParameterizedTest
    @EnumSource(TrustedPersonRole.class)
    void aTrustedPersonHoldsItWithAnOfficerGuiding(TrustedPersonRole role) {
        RecordConversationHeld byTrustedPerson = heldConversation(draft -> {
            draft.heldBy = new HeldBy(HostRole.TRUSTED_PERSON, "Per Ungdomsarbeider", role);
            draft.guidingOfficer = CASE_WORKER;
        });
        given(minorInvitationPlanned()).when(byTrustedPerson).expectEvents(held(byTrustedPerson, "concern", NOW));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void aTrustedPersonNamesTheGuidingOfficer(String guidingOfficer) {
        given(minorInvitationPlanned())
                .when(heldConversation(draft -> {
                    draft.heldBy = new HeldBy(HostRole.TRUSTED_PERSON, "Per Ungdomsarbeider",
                            TrustedPersonRole.YOUTH_WORKER);
                    draft.guidingOfficer = guidingOfficer;
                }))
                .expectNoEvents()
                .expectException(violates(RULES, "trusted-person-names-guiding-officer"));
    }

    @Test
    void aTrustedPersonSaysWhatTheyAre() {
        given(minorInvitationPlanned())
                .when(heldConversation(draft -> {
                    draft.heldBy = new HeldBy(HostRole.TRUSTED_PERSON, "Per Ungdomsarbeider", null);
                    draft.guidingOfficer = CASE_WORKER;
                }))
                .expectNoEvents()
                .expectException(violates(RULES, "required-field"))
                .expectExceptionMessage(containsString("heldBy.trustedPersonRole"));
    }

    @Test
    void anOfficerNamesNoGuidingOfficer() {
        given(minorInvitationPlanned())
                .when(heldConversation(draft -> draft.guidingOfficer = "rk-ola"))
                .expectNoEvents()
                .expectException(violates(RULES, "trusted-person-names-guiding-officer"));
    }

    @Test
    void anOfficerIsNoTrustedPerson() {
        given(minorInvitationPlanned())
                .when(heldConversation(draft -> draft.heldBy = new HeldBy(HostRole.POLICE_OFFICER, "Kari Radkontakt",
                        TrustedPersonRole.TEACHER)))
                .expectNoEvents()
                .expectException(violates(RULES, "trusted-person-names-guiding-officer"));
    }
}
