package no.concerntrail.referrals.messaging;

import no.concerntrail.testing.ContractReaderTest;

/** referral-service reads every case event case-service publishes, as its examples show them. */
class CaseEventsContractTest extends ContractReaderTest {

    CaseEventsContractTest() {
        super("case-service", new CaseEventsReader());
    }
}
