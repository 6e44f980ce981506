import { describe, expect, it } from "vitest";
import { judge, type TFigure } from "./kit";

const figure = (over: Partial<TFigure>): TFigure => ({
  name: "x",
  figure: 70,
  floor: 100,
  unit: "req/s",
  floorName: "floor",
  goal: null,
  ...over,
});

describe("judge", () => {
  it("divides the figure by its floor and holds the ratio to its goal in either direction", () => {
    expect(judge(figure({ goal: "≥ 0.7" }))).toMatchObject({ ratio: 0.7, met: true });
    expect(judge(figure({ figure: 69, goal: "≥ 0.7" }))).toMatchObject({ ratio: 0.69, met: false });
    expect(judge(figure({ figure: 131, goal: "≤ 1.3" }))).toMatchObject({ ratio: 1.31, met: false });
  });

  it("holds a goal on the figure itself too, and meets only when every goal is met", () => {
    expect(judge(figure({ figure: 80, floor: 10, figureGoal: "≤ 100" }))).toMatchObject({ met: true });
    expect(judge(figure({ figure: 120, floor: 10, figureGoal: "≤ 100" }))).toMatchObject({ met: false });
    expect(judge(figure({ figure: 80, floor: 100, goal: "≥ 0.9", figureGoal: "≤ 100" }))).toMatchObject({
      met: false,
    });
  });

  it("says nothing about a figure with no goal, and gives no ratio to a zero floor", () => {
    expect(judge(figure({})).met).toBeNull();
    expect(judge(figure({ floor: 0 })).ratio).toBeNaN();
  });
});
