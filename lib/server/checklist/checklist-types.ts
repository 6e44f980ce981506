// The go-live verification's steps as stored in ChecklistRun.steps (JSON), so a run that waits for
// Vipps's charge batch can be picked up again later, step by step.
import type { TProblem } from "@/lib/errors";

export type TStepKey =
  | "agreement-active"
  | "agreement-stopped"
  | "agreement-updated"
  | "charge-cancelled"
  | "charge-charged"
  | "charge-refunded";

export type TStepStatus = "PENDING" | "WAITING" | "DONE" | "FAILED";

export type TVerificationStep = {
  key: TStepKey;
  title: string;
  /** The end state Vipps asks to see (or that proves the endpoint works). */
  expected: string;
  /** One of the four end states of the Vipps go-live verification (the others add endpoint evidence). */
  required: boolean;
  status: TStepStatus;
  /** How far a step got, so a resumed run neither repeats nor skips a call. */
  stage?: "drafted" | "accepted" | "created" | "cancelled" | "captured";
  agreementId?: string;
  vippsAgreementId?: string;
  chargeId?: string;
  orderId?: string;
  due?: string;
  endState?: string;
  detail?: string;
  problem?: TProblem;
  finishedAt?: string;
};

export type TChecklistRunStatus = "RUNNING" | "PASSED" | "FAILED";

export type TVerificationResult = { runId: string; status: TChecklistRunStatus; steps: TVerificationStep[] };

export const STEP_DEFINITIONS: Pick<TVerificationStep, "key" | "title" | "expected" | "required">[] = [
  {
    key: "agreement-active",
    title: "An agreement ending ACTIVE (force accepted with the test user)",
    expected: "ACTIVE",
    required: true,
  },
  {
    key: "agreement-stopped",
    title: "An agreement ending STOPPED (accepted, then stopped by the merchant)",
    expected: "STOPPED",
    required: true,
  },
  {
    key: "agreement-updated",
    title: "Update agreement (product description changed)",
    expected: "ACTIVE",
    required: false,
  },
  {
    key: "charge-cancelled",
    title: "A RECURRING charge cancelled before its due date",
    expected: "CANCELLED",
    required: false,
  },
  {
    key: "charge-charged",
    title: "A RECURRING charge ending CHARGED (reserved by the batch, captured)",
    expected: "CHARGED",
    required: true,
  },
  {
    key: "charge-refunded",
    title: "A RECURRING charge ending REFUNDED (charged, then refunded in full)",
    expected: "REFUNDED",
    required: true,
  },
];
