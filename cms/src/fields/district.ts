import { DISTRICTS } from '@union/schemas';
import type { SelectField } from 'payload';

/** A select of the city's districts. */
export function districtField(overrides: Partial<Pick<SelectField, 'required' | 'admin'>> = {}): SelectField {
  return {
    name: 'district',
    type: 'select',
    label: '所在地区',
    options: DISTRICTS.map(({ value, label }) => ({ value, label })),
    ...overrides,
  };
}
