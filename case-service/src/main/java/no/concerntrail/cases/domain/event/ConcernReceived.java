package no.concerntrail.cases.domain.event;

import no.concerntrail.platform.police.PoliceDistrict;
import java.time.Instant;
import java.util.UUID;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import no.concerntrail.cases.domain.ConcernCategory;
import no.concerntrail.cases.domain.ConcernLevel;
import no.concerntrail.cases.domain.ConcernSource;
import no.concerntrail.cases.domain.Reporter;
import no.concerntrail.cases.domain.Subject;
import org.axonframework.serialization.Revision;

/**
 * A concern report was registered; the concern awaits triage. The reporter is null when none was named. The reporter,
 * the subject and the summary are sealed under the concern's key, and read as null once it is erased.
 *
 * <p>Revision 2 added the district the concern belongs to, which is null in revision 1: such a concern belongs to no
 * district. Revision 3 added the subject's municipality beside the sealed subject, in plain: it decides which partner
 * agencies can take a referral, and the analysts' figures count by it, also after the person is erased. A revision 2
 * report stored in plain has it from its subject; one stored sealed has none.
 */
@Revision("3")
public record ConcernReceived(
        @DataSubject UUID concernId,
        PoliceDistrict district,
        ConcernSource source,
        @PersonalData Reporter reporter,
        @PersonalData Subject subject,
        String municipality,
        ConcernCategory category,
        @PersonalData String summary,
        ConcernLevel level,
        String actor,
        Instant at) implements ConcernEvent {
}
