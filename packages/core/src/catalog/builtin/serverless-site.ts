import type { TypeDefinition } from "../type-definition.ts";

export const serverlessSiteType: TypeDefinition = {
  type: "serverless-site",
  title: "Serverless site",
  category: "network",
  description:
    "A static website: an S3 content bucket behind a CloudFront distribution, optionally on a custom domain.",
  fields: {
    content_bucket_prefix: {
      type: "string",
      required: true,
      description: "Prefix of the name of the bucket that holds the site's content.",
    },
    cloudfront_comment: {
      type: "string",
      required: true,
      description: "Comment shown on the CloudFront distribution.",
    },
    site_name: { type: "string", description: "Name of the site, usually its host name." },
    enable_custom_domain: {
      type: "boolean",
      description: "Serve the site on domain_aliases with a certificate validated in the zone.",
      default: false,
    },
    domain_aliases: {
      type: "list",
      items: { type: "string" },
      description: "Host names the distribution answers to when the custom domain is enabled.",
      default: [],
    },
    route53_zone_name: {
      type: "string",
      description: "DNS name of the Route 53 zone that holds the site's records.",
    },
  },
  references: [
    {
      kind: "name-match",
      key: "route53_zone_name",
      target: "route53-zone",
      targetField: "zone_name",
      compare: "dns",
      description: "The hosted zone is looked up by DNS name, not by nickname.",
    },
  ],
  runtimeOutputs: [
    "content_bucket_prefix",
    "cloudfront_distribution_id",
    "cloudfront_distribution_domain",
    "custom_domain",
  ],
  runtimePublishing: "component",
  notes:
    "index_document and error_document appear in real configs but the component does not read them.",
};
