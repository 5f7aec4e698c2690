package no.concerntrail.referrals.api;

import java.util.List;
import no.concerntrail.referrals.contract.PartnerReferralData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of a partner's referrals, each as the agency may see it.
 *
 * @param page  from 0
 * @param size  at most this many items (1-100)
 * @param total how many referrals the agency has in all
 */
public record PartnerReferralPage(@Schema(maxItems = 100) List<PartnerReferralData> items, int page, int size,
                                  long total) {
}
