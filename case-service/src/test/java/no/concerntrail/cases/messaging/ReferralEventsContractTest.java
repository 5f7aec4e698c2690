package no.concerntrail.cases.messaging;

import no.concerntrail.testing.ContractReaderTest;

/** case-service reads every referral event referral-service publishes to the police, as its examples show them. */
class ReferralEventsContractTest extends ContractReaderTest {

    ReferralEventsContractTest() {
        super("referral-service", new ReferralEventsReader());
    }
}
