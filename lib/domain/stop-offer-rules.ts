// The product's offer to customers about to stop, as the editor checks it. Pure: the server checks
// that the offered plan is really another product of the same plan group (saveProduct).
import { OFFER_PAUSE_DAYS, STOP_OFFERS, type TStopOffer } from "./stop-reasons";

export type TStopOfferForm = {
  stopOffer: TStopOffer;
  stopOfferPauseDays: string;
  stopOfferProductId: string;
};
export type TStopOfferValues = {
  stopOffer: TStopOffer;
  stopOfferPauseDays: number | null;
  stopOfferProductId: string | null;
};

export const emptyStopOffer = (): TStopOfferForm => ({
  stopOffer: "NONE",
  stopOfferPauseDays: "30",
  stopOfferProductId: "",
});

export function checkStopOffer(
  form: TStopOfferForm,
  planGroup: string,
  fail: (field: string, message: string) => void,
): TStopOfferValues {
  const none = { stopOffer: "NONE" as const, stopOfferPauseDays: null, stopOfferProductId: null };
  if (!STOP_OFFERS.includes(form.stopOffer)) {
    fail("stopOffer", "Choose no offer, a pause, or a cheaper plan.");
    return none;
  }
  if (form.stopOffer === "PAUSE") {
    const days = /^\d{1,4}$/.test(form.stopOfferPauseDays.trim()) ? Number(form.stopOfferPauseDays) : NaN;
    if (!(days >= OFFER_PAUSE_DAYS.min && days <= OFFER_PAUSE_DAYS.max))
      fail(
        "stopOfferPauseDays",
        `Enter a whole number of days from ${OFFER_PAUSE_DAYS.min} to ${OFFER_PAUSE_DAYS.max}.`,
      );
    return { stopOffer: "PAUSE", stopOfferPauseDays: days, stopOfferProductId: null };
  }
  if (form.stopOffer === "CHEAPER_PLAN") {
    if (!planGroup)
      fail("stopOffer", "A cheaper plan needs a plan group: set the group this product shares with it.");
    const id = form.stopOfferProductId.trim();
    if (!id) fail("stopOfferProductId", "Choose the plan to offer.");
    return { stopOffer: "CHEAPER_PLAN", stopOfferPauseDays: null, stopOfferProductId: id || null };
  }
  return none;
}
