package no.concerntrail.platform.axon;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Axon's transactions on Quarkus' JTA transaction manager (Narayana). Joins the caller's
 * transaction when there is one, so a REST request's event append, projection update and
 * idempotency record commit or roll back together; otherwise (streaming processors) it starts
 * its own, so an event processor's token moves in the same transaction as its side effects.
 */
public final class JtaTransactionManager implements TransactionManager {

    private final jakarta.transaction.TransactionManager jta;

    public JtaTransactionManager(jakarta.transaction.TransactionManager jta) {
        this.jta = jta;
    }

    @Override
    public Transaction startTransaction() {
        try {
            if (jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                return joined;
            }
            jta.begin();
            return new Owned();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start a JTA transaction", e);
        }
    }

    /** The caller owns the transaction: a rollback only marks it, the caller decides. */
    private final Transaction joined = new Transaction() {
        @Override
        public void commit() {
        }

        @Override
        public void rollback() {
            try {
                if (jta.getStatus() == Status.STATUS_ACTIVE) {
                    jta.setRollbackOnly();
                }
            } catch (SystemException e) {
                throw new IllegalStateException("Could not mark the JTA transaction rollback-only", e);
            }
        }
    };

    private final class Owned implements Transaction {
        @Override
        public void commit() {
            try {
                if (jta.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                    jta.rollback();
                    throw new IllegalStateException("The transaction was marked rollback-only");
                }
                jta.commit();
            } catch (IllegalStateException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Could not commit the JTA transaction", e);
            }
        }

        @Override
        public void rollback() {
            try {
                jta.rollback();
            } catch (Exception e) {
                throw new IllegalStateException("Could not roll back the JTA transaction", e);
            }
        }
    }
}
