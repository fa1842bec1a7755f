import type { ServerProps } from 'payload';
import { isStaffUser } from '../../access/roles.ts';

/** Links to 签到 and 投票管理 under the collections in the navigation, for staff. */
export function ParticipationNavLinks({ payload, user }: ServerProps) {
  if (!isStaffUser(user)) return null;
  const admin = payload.config.routes.admin;
  return (
    <nav aria-label="活动现场" style={{ display: 'flex', flexDirection: 'column', gap: 8, marginTop: 16 }}>
      <a href={`${admin}/check-in`}>签到</a>
      <a href={`${admin}/votes`}>投票管理</a>
    </nav>
  );
}
