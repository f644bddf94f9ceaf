import type { TypeDefinition } from "../type-definition.ts";

export const s3BucketType: TypeDefinition = {
  type: "s3-bucket",
  title: "S3 bucket",
  category: "storage",
  description: "An S3 bucket with versioning, ownership, public-access and encryption settings.",
  fields: {
    bucket_name: {
      type: "string",
      required: true,
      description: "Globally unique name of the bucket.",
    },
    force_destroy: {
      type: "boolean",
      description: "Allow destroying the bucket while it still holds objects.",
      default: true,
    },
    versioning: {
      type: "boolean",
      description: "Keep every version of each object.",
      default: true,
    },
    enforce_owner: {
      type: "boolean",
      description: "Disable ACLs so the bucket owner owns every object (BucketOwnerEnforced).",
      default: true,
    },
    block_public_access: {
      type: "boolean",
      description: "Block all public access to the bucket.",
      default: true,
    },
    enable_encryption: {
      type: "boolean",
      description: "Configure default server-side encryption.",
      default: false,
    },
    sse_algorithm: {
      type: "string",
      enum: ["AES256", "aws:kms", "aws:kms:dsse"],
      description: "Server-side encryption algorithm, used when enable_encryption is true.",
      default: "AES256",
    },
  },
  references: [],
  runtimeOutputs: ["bucket_name"],
  runtimePublishing: "component",
};
