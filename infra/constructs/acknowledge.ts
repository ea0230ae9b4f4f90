import { type Acknowledgment, CfnResource, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledge cdk-nag findings on the CloudFormation resource itself (an L2's default child),
 * the narrowest construct there is: an acknowledgement on an L2 would also cover the policies and
 * custom resources it creates as children.
 */
export function acknowledge(construct: IConstruct, ...acknowledgments: Acknowledgment[]): void {
  const resource = construct.node.defaultChild ?? construct;
  if (!CfnResource.isCfnResource(resource)) {
    throw new Error(`${construct.node.path} is not a CloudFormation resource and has no default child resource`);
  }
  Validations.of(resource).acknowledge(...acknowledgments);
}
