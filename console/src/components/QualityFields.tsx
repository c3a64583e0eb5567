import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';

/** 商机质量: the four factors the policy weighs, each 1 (poor) to 5 (excellent), as the API names them. */
export const QUALITY_FACTORS = ['winProbability', 'strategicValue', 'competitivePosition', 'customerImportance'] as const;
export type QualityFactors = Record<(typeof QUALITY_FACTORS)[number], number>;

const SCALE = [1, 2, 3, 4, 5];

/** The factors of a form's values, as the API takes them. */
export function qualityFactorsOf(values: Record<string, unknown>): QualityFactors {
  return Object.fromEntries(QUALITY_FACTORS.map((f) => [f, Number(values[f])])) as QualityFactors;
}

/** How many of the four factors a form's values score. */
export function qualityFactorsGiven(values: Record<string, unknown>): number {
  return QUALITY_FACTORS.filter((f) => typeof values[f] === 'number').length;
}

/**
 * One row of 1–5 per factor. Required in the re-score dialog; optional when opening a project, where the factors
 * are given all four or not at all.
 */
export function QualityFields({ initial, optional = false }: { initial?: Record<string, number>; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {QUALITY_FACTORS.map((factor) => (
        <Form.Item
          key={factor}
          name={factor}
          label={t(`quality.${factor}`)}
          initialValue={initial?.[factor]}
          dependencies={optional ? QUALITY_FACTORS.filter((f) => f !== factor) : []}
          rules={[
            optional
              ? ({ getFieldsValue }) => ({
                  validator: async (_, value: unknown) => {
                    const given = qualityFactorsGiven(getFieldsValue(QUALITY_FACTORS as unknown as string[]) as Record<string, unknown>);
                    if (given > 0 && typeof value !== 'number') throw new Error(t('quality.allOrNone'));
                  },
                })
              : { required: true, message: t('quality.required') },
          ]}
        >
          <Radio.Group optionType="button" aria-label={t(`quality.${factor}`)} options={SCALE.map((n) => ({ value: n, label: String(n) }))} />
        </Form.Item>
      ))}
    </>
  );
}
