export const WEIGHTS_NOT_100_MESSAGE = '评委与大众投票权重之和必须为 100';

/** Whether a round's judge and public vote weights are each 0–100 and add up to exactly 100. */
export function weightsSumTo100(judge: number | null | undefined, publicWeight: number | null | undefined): boolean {
  const inRange = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 100;
  return inRange(judge) && inRange(publicWeight) && judge + publicWeight === 100;
}
