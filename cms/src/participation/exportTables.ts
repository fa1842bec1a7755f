import { maskPhone, type RegistrationStatus } from '@union/schemas';
import { shanghaiTime } from '../display.ts';
import type { CellValue } from './csv.ts';
import type { RegistrationRow, RoundResults, VoteFlag } from './participationApi.ts';

/** A sheet before it becomes CSV or XLSX: Chinese headers and one array of cells per row. */
export interface ExportTable {
  sheetName: string;
  header: string[];
  rows: CellValue[][];
}

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  confirmed: '已确认',
  waitlisted: '候补',
  cancelled: '已取消',
};

const time = (value: string | null | undefined) => (value ? shanghaiTime(value) : '');

/**
 * The phone column: the full number only when the export may reveal it and the API sent it; else
 * the API's mask, or our own mask should a number arrive that was not asked for.
 */
export function phoneCell(row: Pick<RegistrationRow, 'phone' | 'phoneMasked'>, reveal: boolean): string {
  if (reveal && row.phone) return row.phone;
  if (row.phoneMasked && !/\d{5}/.test(row.phoneMasked)) return row.phoneMasked;
  return maskPhone(row.phone ?? row.phoneMasked ?? '');
}

/** 报名名单: one row per registration, in the API's order. */
export function registrationsTable(rows: readonly RegistrationRow[], reveal: boolean): ExportTable {
  return {
    sheetName: '报名名单',
    header: ['姓名', '工作单位', '手机号', '状态', '候补顺位', '确认码', '报名时间', '签到时间', '个人信息授权'],
    rows: rows.map((row) => [
      row.name,
      row.workUnit,
      phoneCell(row, reveal),
      REGISTRATION_STATUS_LABELS[row.status],
      row.status === 'waitlisted' ? (row.waitlistPosition ?? null) : null,
      row.confirmationCode,
      time(row.registeredAt),
      time(row.checkedInAt),
      row.consents.map((c) => `${c.purpose}（${c.version}，${time(c.at)}）`).join('；'),
    ]),
  };
}

/**
 * 投票结果: one row per round and candidate with votes, voided votes and rank, and whether the
 * candidate is flagged for unusual growth. A flag for a candidate the results do not list still
 * gets its own row, so no alarm drops out of the export.
 */
export function votesTable(results: readonly RoundResults[], flags: readonly VoteFlag[]): ExportTable {
  const flagOf = new Map(flags.map((flag) => [`${flag.round}\n${flag.candidate}`, flag]));
  const flagCells = (flag: VoteFlag | undefined): CellValue[] =>
    flag ? ['是', time(flag.firstFlaggedAt), flag.lastRate, flag.threshold] : ['', '', null, null];
  const rows: CellValue[][] = [];
  for (const round of results) {
    for (const candidate of [...round.candidates].sort((a, b) => a.rank - b.rank)) {
      const key = `${round.round}\n${candidate.id}`;
      rows.push([round.roundName, round.round, candidate.name, candidate.id, candidate.votes, candidate.voided, candidate.rank, ...flagCells(flagOf.get(key))]);
      flagOf.delete(key);
    }
  }
  for (const flag of flagOf.values()) {
    const roundName = results.find((r) => r.round === flag.round)?.roundName ?? '';
    rows.push([roundName, flag.round, '', flag.candidate, null, null, null, ...flagCells(flag)]);
  }
  return {
    sheetName: '投票结果',
    header: ['轮次', '轮次编号', '候选人', '候选人编号', '得票', '作废票', '名次', '异常增长提醒', '首次提醒时间', '最近增速', '提醒阈值'],
    rows,
  };
}
