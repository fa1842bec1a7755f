import * as migration_20261125_171509_initial from "./20261125_171509_initial";
import * as migration_20261125_180542_campaign_content from "./20261125_180542_campaign_content";
import * as migration_20261125_185618_review_workflow from "./20261125_185618_review_workflow";
import * as migration_20261202_002632_scheduling_site_builds from "./20261202_002632_scheduling_site_builds";
import * as migration_20261202_011721_campaign_capacity from "./20261202_011721_campaign_capacity";
import * as migration_20261202_021034_campaign_voting_rules from "./20261202_021034_campaign_voting_rules";
import * as migration_20261202_035613_campaign_voting_rounds from "./20261202_035613_campaign_voting_rounds";
import * as migration_20261202_040214_audit_participation from "./20261202_040214_audit_participation";
import * as migration_20261202_070756_likes_model_workers from "./20261202_070756_likes_model_workers";

export const migrations = [
  {
    up: migration_20261125_171509_initial.up,
    down: migration_20261125_171509_initial.down,
    name: "20261125_171509_initial",
  },
  {
    up: migration_20261125_180542_campaign_content.up,
    down: migration_20261125_180542_campaign_content.down,
    name: "20261125_180542_campaign_content",
  },
  {
    up: migration_20261125_185618_review_workflow.up,
    down: migration_20261125_185618_review_workflow.down,
    name: "20261125_185618_review_workflow",
  },
  {
    up: migration_20261202_002632_scheduling_site_builds.up,
    down: migration_20261202_002632_scheduling_site_builds.down,
    name: "20261202_002632_scheduling_site_builds",
  },
  {
    up: migration_20261202_011721_campaign_capacity.up,
    down: migration_20261202_011721_campaign_capacity.down,
    name: "20261202_011721_campaign_capacity",
  },
  {
    up: migration_20261202_021034_campaign_voting_rules.up,
    down: migration_20261202_021034_campaign_voting_rules.down,
    name: "20261202_021034_campaign_voting_rules",
  },
  {
    up: migration_20261202_035613_campaign_voting_rounds.up,
    down: migration_20261202_035613_campaign_voting_rounds.down,
    name: "20261202_035613_campaign_voting_rounds",
  },
  {
    up: migration_20261202_040214_audit_participation.up,
    down: migration_20261202_040214_audit_participation.down,
    name: "20261202_040214_audit_participation",
  },
  {
    up: migration_20261202_070756_likes_model_workers.up,
    down: migration_20261202_070756_likes_model_workers.down,
    name: "20261202_070756_likes_model_workers",
  },
];
