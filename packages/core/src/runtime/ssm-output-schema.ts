import * as z from "zod";

/**
 * One page of `aws ssm get-parameters-by-path --output json`. Parameters are checked one by one
 * (`ssmParameterSchema`) so that a bad entry does not hide the good ones.
 */
export const ssmPageSchema = z.looseObject({
  Parameters: z.array(z.unknown()),
  NextToken: z.string().optional(),
});

/** One entry of `Parameters`. Fields the CLI may add later are allowed and ignored. */
export const ssmParameterSchema = z.looseObject({
  Name: z.string().min(1),
  Type: z.string().default("String"),
  Value: z.string(),
  Version: z.number().int().optional(),
  /** AWS CLI v2 prints ISO 8601; v1 printed epoch seconds. */
  LastModifiedDate: z.union([z.string(), z.number()]).optional(),
  ARN: z.string().optional(),
  DataType: z.string().optional(),
});
export type SsmParameter = z.infer<typeof ssmParameterSchema>;
