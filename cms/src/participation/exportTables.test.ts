import { describe, expect, it } from 'vitest';
import { phoneCell, registrationsTable, votesTable } from './exportTables.ts';
import type { RegistrationRow, RoundResults } from './participationApi.ts';

const row = (overrides: Partial<RegistrationRow> = {}): RegistrationRow => ({
  name: '张三',
  workUnit: '苏州市总工会',
  phoneMasked: '138****1234',
  status: 'confirmed',
  confirmationCode: 'AB7K9MPQ',
  registeredAt: '2026-04-01T02:00:00.000Z',
  consents: [{ purpose: '活动报名', version: 'v1', at: '2026-04-01T02:00:00.000Z' }],
  ...overrides,
});

describe('phoneCell', () => {
  it('shows the full number only when the export may reveal it', () => {
    expect(phoneCell(row({ phone: '13812341234' }), true)).toBe('13812341234');
    expect(phoneCell(row({ phone: '13812341234' }), false)).toBe('138****1234');
  });

  it('masks a number the API sent unasked, or in place of the mask', () => {
    expect(phoneCell(row({ phone: '13912345678', phoneMasked: '' }), false)).toBe('139****5678');
    expect(phoneCell(row({ phoneMasked: '13912345678' }), false)).toBe('139****5678');
  });
});

describe('registrationsTable', () => {
  it('has Chinese headers, status labels and Shanghai times', () => {
    const table = registrationsTable([row(), row({ status: 'waitlisted', waitlistPosition: 2, checkedInAt: null })], false);
    expect(table.header[0]).toBe('姓名');
    expect(table.rows[0]).toEqual(['张三', '苏州市总工会', '138****1234', '已确认', null, 'AB7K9MPQ', '2026/4/1 10:00:00', '', '活动报名（v1，2026/4/1 10:00:00）']);
    expect(table.rows[1]?.slice(3, 5)).toEqual(['候补', 2]);
  });
});

describe('votesTable', () => {
  const round: RoundResults = {
    campaign: 'singer-2026',
    round: 'r1',
    roundName: '初赛',
    updatedAt: null,
    totalVotes: 30,
    totalVoided: 1,
    candidates: [
      { id: 'contestants-2', name: '李四', votes: 10, voided: 0, rank: 2 },
      { id: 'contestants-1', name: '王五', votes: 20, voided: 1, rank: 1 },
    ],
  };

  it('lists candidates by rank, with flags beside the flagged ones', () => {
    const table = votesTable([round], [{ round: 'r1', candidate: 'contestants-2', firstFlaggedAt: '2026-04-01T02:00:00.000Z', lastRate: 120, threshold: 60 }]);
    expect(table.rows).toEqual([
      ['初赛', 'r1', '王五', 'contestants-1', 20, 1, 1, '', '', null, null],
      ['初赛', 'r1', '李四', 'contestants-2', 10, 0, 2, '是', '2026/4/1 10:00:00', 120, 60],
    ]);
  });

  it('keeps a flag whose candidate the results do not list', () => {
    const table = votesTable([round], [{ round: 'r9', candidate: 'contestants-7', firstFlaggedAt: '2026-04-01T02:00:00.000Z', lastRate: 5, threshold: 1 }]);
    expect(table.rows.at(-1)).toEqual(['', 'r9', '', 'contestants-7', null, null, null, '是', '2026/4/1 10:00:00', 5, 1]);
  });
});
