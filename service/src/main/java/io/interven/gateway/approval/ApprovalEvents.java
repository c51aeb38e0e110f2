package io.interven.gateway.approval;

/** Told when an approval is created or decided (webhook notifications). Must not block or throw. */
public interface ApprovalEvents {
    /** {@code summary} describes the call (tool, operation, risk, reasons), never its data. */
    void created(ApprovalRow approval, String summary);

    void decided(ApprovalRow approval);

    ApprovalEvents NONE = new ApprovalEvents() {
        @Override
        public void created(ApprovalRow approval, String summary) {
        }

        @Override
        public void decided(ApprovalRow approval) {
        }
    };
}
